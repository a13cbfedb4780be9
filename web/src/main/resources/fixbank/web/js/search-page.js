// The search page: results as you type, facet filters, paging, and the whole search kept in the address
// so it can be shared and Back returns to the previous search. Each search has an id, kept with its history
// entry: it goes with the query and on the links to results, so the server can tell which searches found
// nothing anyone opened. Refining the words within one burst of typing, changing filters or paging keeps it;
// new words in a new history entry get a new one. Staff also see why each result was found.
import { apiGet } from './api.js';
import { badges, debounce, el, setTrustedHtml } from './dom.js';
import { newId, validId, withId } from './ids.js';
import { isStaff, staffModeKnown } from './staff.js';
import { whyDisclosure } from './why.js';

const PAGE_SIZE = 10;
const LAST_PAGE = 1000 / PAGE_SIZE; // the API serves at most 1,000 hits deep
const FACETS_SHOWN = 8;
const STATUSES = [['published', 'Published'], ['review', 'In review'], ['draft', 'Draft']];

const input = document.getElementById('q');
const filters = document.getElementById('filters');
const filterGroups = document.getElementById('filter-groups');
const status = document.getElementById('result-status');
const notice = document.getElementById('notice');
const results = document.getElementById('results');
const empty = document.getElementById('empty');
const pages = document.getElementById('pages');

let state = readState(location.search);
let searchId = validId(history.state?.search) ?? newId();
let typing = false; // one history entry per burst of typing, replaced as the words change
let inFlight;
let facets = {};
const expandedFacets = new Set();

function readState(search) {
  const params = new URLSearchParams(search);
  return {
    q: params.get('q') ?? '',
    tags: list(params.get('tags')),
    systems: list(params.get('systems')),
    status: list(params.get('status')),
    page: Math.min(LAST_PAGE, Math.max(1, parseInt(params.get('page'), 10) || 1)),
  };
}

function list(value) {
  return value ? value.split(',').map((part) => part.trim()).filter(Boolean) : [];
}

function addressOf(next) {
  const parts = [];
  if (next.q) parts.push('q=' + encodeURIComponent(next.q));
  for (const name of ['tags', 'systems', 'status']) {
    if (next[name].length) parts.push(name + '=' + next[name].map(encodeURIComponent).join(','));
  }
  if (next.page > 1) parts.push('page=' + next.page);
  return parts.length ? '/?' + parts.join('&') : '/';
}

function go(next, push) {
  const newWords = next.q !== state.q;
  state = next;
  const address = addressOf(state);
  if (address !== location.pathname + location.search) {
    if (push && newWords) searchId = newId();
    history[push ? 'pushState' : 'replaceState']({ search: searchId }, '', address);
  }
  load();
}

const endTyping = debounce(() => { typing = false; }, 1500);

const searchAsYouType = debounce(() => {
  const q = input.value.trim();
  if (q === state.q) return;
  const push = !typing;
  typing = true;
  endTyping();
  go({ ...state, q, page: 1 }, push);
}, 200);

function searchNow() {
  typing = false;
  const q = input.value.trim();
  if (q !== state.q) go({ ...state, q, page: 1 }, true);
}

async function load() {
  inFlight?.abort();
  const request = new AbortController();
  inFlight = request;
  document.title = (state.q ? state.q + ' · ' : '') + 'Find a fix · Fixbank';
  results.setAttribute('aria-busy', 'true');
  const staff = isStaff(); // only staff are told why; nobody else asks
  try {
    const result = await apiGet('/api/search', {
      q: state.q,
      tags: state.tags.join(','),
      systems: state.systems.join(','),
      status: staff ? (state.status.length ? state.status : STATUSES.map(([key]) => key)).join(',') : '',
      page: state.page,
      size: PAGE_SIZE,
      search: state.q ? searchId : undefined,
      explain: staff && state.q ? 'true' : undefined,
    }, request.signal);
    render(result);
  } catch (error) {
    if (error.name === 'AbortError') return;
    if (error.field === 'page' && state.page > 1) {
      go({ ...state, page: 1 }, false); // an old link to a page the results no longer reach
    } else {
      showError(error.message);
    }
  } finally {
    if (inFlight === request) results.removeAttribute('aria-busy');
  }
}

function render(result) {
  const lastPage = Math.min(LAST_PAGE, Math.ceil(result.total / PAGE_SIZE));
  status.classList.remove('error');
  status.textContent = result.total === 0 ? nothingFound() : found(result.total)
    + (lastPage > 1 ? ` · page ${state.page} of ${lastPage}` : '');
  notice.hidden = !result.notice;
  notice.textContent = result.notice ?? '';
  results.replaceChildren(...result.hits.map(hitItem));
  facets = result.facets;
  renderFilters();
  renderPages(lastPage);
  if (result.total === 0) renderEmpty(); else empty.hidden = true;
}

function found(total) {
  const fixes = `${total} ${total === 1 ? 'fix' : 'fixes'}`;
  if (state.q) return `${fixes} for “${state.q}”`;
  return state.tags.length + state.systems.length ? fixes : `All ${fixes}`;
}

function nothingFound() {
  return state.q ? `No fixes found for “${state.q}”` : 'No fixes match these filters';
}

function hitItem(hit) {
  return el('li', { class: 'result' },
    el('h2', { class: 'result-title' }, el('a', { href: withId(hit.href, 'search', state.q ? searchId : undefined) }, hit.title), ...badges(hit)),
    el('p', { class: 'result-summary' }, hit.summary),
    hit.snippet.includes('<mark>') ? setTrustedHtml(el('p', { class: 'result-snippet' }), hit.snippet) : null,
    el('p', { class: 'result-meta' },
      [...hit.systems, ...(hit.units.length ? ['For ' + hit.units.join(', ')] : []), 'Updated ' + hit.updated].join(' · ')),
    whyDisclosure(hit.why, 'Why this result?'));
}

function showError(message) {
  status.textContent = message;
  status.classList.add('error');
  notice.hidden = true;
  results.replaceChildren();
  pages.replaceChildren();
  empty.hidden = true;
}

function renderFilters() {
  const focused = document.activeElement?.dataset?.facet;
  const groups = [
    facetGroup('tags', 'Tags', facets.tags),
    facetGroup('systems', 'Systems', facets.systems),
  ];
  if (isStaff()) groups.push(statusGroup());
  filterGroups.replaceChildren(...groups.filter(Boolean));
  if (!filterGroups.children.length) filterGroups.append(el('p', { class: 'hint' }, 'No filters for these results.'));
  if (focused) filterGroups.querySelector(`[data-facet="${CSS.escape(focused)}"]`)?.focus();
  const active = state.tags.length + state.systems.length;
  filters.querySelector('summary').textContent = active ? `Filters (${active} on)` : 'Filters';
}

function facetGroup(name, legend, counts) {
  const entries = Object.entries(counts ?? {});
  for (const selected of state[name]) {
    if (!(selected in (counts ?? {}))) entries.push([selected, 0]);
  }
  if (!entries.length) return null;
  entries.sort(([a, x], [b, y]) => (state[name].includes(b) - state[name].includes(a)) || (y - x) || a.localeCompare(b));
  const expanded = expandedFacets.has(name);
  const shown = expanded ? entries : entries.slice(0, FACETS_SHOWN);
  const group = el('fieldset', { class: 'facet' }, el('legend', {}, legend),
    ...shown.map(([value, count], i) => checkbox(name, i, value, value, count)));
  if (entries.length > FACETS_SHOWN) {
    group.append(el('button', {
      type: 'button', class: 'link-button facet-more', 'aria-expanded': String(expanded), 'data-facet': name + ':more',
      onclick: () => {
        if (expanded) expandedFacets.delete(name); else expandedFacets.add(name);
        renderFilters();
      },
    }, expanded ? `Show fewer ${legend.toLowerCase()}` : `Show all ${entries.length} ${legend.toLowerCase()}`));
  }
  return group;
}

function statusGroup() {
  return el('fieldset', { class: 'facet' }, el('legend', {}, 'Status'),
    ...STATUSES.map(([key, label], i) => checkbox('status', i, key, label, null)));
}

function checkbox(name, position, value, label, count) {
  const id = `${name}-${position}`;
  const checked = name === 'status' ? state.status.length === 0 || state.status.includes(value) : state[name].includes(value);
  return el('div', { class: 'facet-option' },
    el('input', {
      type: 'checkbox', id, value, checked, 'data-facet': `${name}:${value}`,
      onchange: (event) => toggle(name, value, event.target.checked),
    }),
    el('label', { for: id }, label, count === null ? null : el('span', { class: 'count' }, String(count))));
}

function toggle(name, value, on) {
  let values = state[name];
  if (name === 'status' && values.length === 0) values = STATUSES.map(([key]) => key);
  values = on ? [...values, value] : values.filter((v) => v !== value);
  if (name === 'status' && (values.length === 0 || values.length === STATUSES.length)) values = [];
  typing = false;
  go({ ...state, [name]: values, page: 1 }, true);
}

function renderPages(lastPage) {
  if (lastPage <= 1) {
    pages.replaceChildren();
    return;
  }
  const links = [];
  const link = (page, text, label) => el('a', {
    href: addressOf({ ...state, page }), class: 'page-link', 'aria-label': label,
    'aria-current': page === state.page && !label ? 'page' : null,
    onclick: (event) => {
      event.preventDefault();
      typing = false;
      go({ ...state, page }, true);
      status.focus();
    },
  }, text);
  if (state.page > 1) links.push(link(state.page - 1, '‹ Previous', 'Previous page'));
  for (let page = Math.max(1, state.page - 2); page <= Math.min(lastPage, state.page + 2); page++) {
    links.push(link(page, String(page), null));
  }
  if (state.page < lastPage) links.push(link(state.page + 1, 'Next ›', 'Next page'));
  pages.replaceChildren(...links);
}

async function renderEmpty() {
  const filtered = state.tags.length + state.systems.length > 0;
  const report = '/report.html' + (state.q ? '?title=' + encodeURIComponent(state.q) : '');
  const topics = el('p', { class: 'topics' });
  empty.replaceChildren(
    el('h2', {}, 'Try this'),
    el('ul', {},
      el('li', {}, 'Check the spelling, or use fewer words.'),
      el('li', {}, 'Describe what you see rather than the cause, for example “printer offline” or “badge not working”.'),
      el('li', {}, 'Use the name of the system, such as Epic, Citrix or Vocera.'),
      filtered ? el('li', {}, el('button', {
        type: 'button', class: 'link-button', onclick: () => go({ ...state, tags: [], systems: [], page: 1 }, true),
      }, 'Remove the filters'), ' and search again.') : null),
    topics,
    el('p', { class: 'report-hint' }, 'Still stuck? ', el('a', { href: report }, 'Report the problem'),
      ' and the IT service desk will help.'));
  empty.hidden = false;
  try {
    const all = await apiGet('/api/search', { q: '', size: 1 });
    const tags = Object.entries(all.facets.tags).sort(([, x], [, y]) => y - x).slice(0, 8);
    if (tags.length) {
      topics.append('Or browse a topic: ', ...tags.flatMap(([tag], i) => [
        i ? ', ' : '', el('a', { href: addressOf({ q: '', tags: [tag], systems: [], status: [], page: 1 }) }, tag),
      ]));
    }
  } catch {
    // The topics are a bonus; the rest of the empty state stands without them.
  }
}

function showQuery() {
  if (input.value !== state.q) input.value = state.q;
}

input.addEventListener('input', searchAsYouType);
input.addEventListener('change', () => { typing = false; });
document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  searchNow();
});
window.addEventListener('popstate', (event) => {
  state = readState(location.search);
  searchId = validId(event.state?.search) ?? newId();
  typing = false;
  showQuery();
  load();
});
window.addEventListener('fixbank:staff', load);

filters.open = matchMedia('(min-width: 50em)').matches;
history.replaceState({ search: searchId }, '', location.href); // a reload or Back keeps this search's id
showQuery();
staffModeKnown.then(load);
