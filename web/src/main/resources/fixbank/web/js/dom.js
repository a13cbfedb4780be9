// Small helpers for building the DOM from API data. Everything goes in as text unless a caller
// explicitly passes API-sanitized HTML through setTrustedHtml.

/** el('a', {href: '/x', class: 'y'}, 'text', childNode, ...) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

/** Inserts HTML the server has already escaped or sanitized: snippets and article bodies only. */
export function setTrustedHtml(node, html) {
  node.innerHTML = html;
  return node;
}

export function debounce(action, millis) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), millis);
  };
}

const BADGES = {
  internal: ['Internal', 'badge-internal'],
  draft: ['Draft', 'badge-draft'],
  review: ['In review', 'badge-review'],
};

/** "Internal", "Draft" and "In review" labels for what anonymous readers never see. */
export function badges(item) {
  const labels = [];
  if (item.visibility === 'internal') labels.push(BADGES.internal);
  if (item.status === 'draft') labels.push(BADGES.draft);
  if (item.status === 'review') labels.push(BADGES.review);
  return labels.map(([text, style]) => el('span', { class: 'badge ' + style }, text));
}
