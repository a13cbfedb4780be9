// The article page, at /articles/<id>: the article's facts, then its body with the Symptoms, Cause and
// Resolution sections set apart (the server groups them; the style sheet colours them), and at the end
// "Did this solve your problem?". Opened from a draft ticket or a search, the address carries its journey or
// search id, which goes on to the API so the server can tell what was opened from where. Editors also get an
// "Edit" link to the editor.
import { apiGet } from './api.js';
import { badges, el, setTrustedHtml } from './dom.js';
import { feedbackControl, recordingOn } from './feedback.js';
import { idFromAddress } from './ids.js';
import { hasRole, isStaff, staffModeKnown } from './staff.js';

const container = document.getElementById('article');
const from = { journey: idFromAddress('journey'), search: idFromAddress('search') };
let opened = false; // the open is recorded once, not again when staff mode changes

function setUpBackLink() {
  const referrer = document.referrer ? new URL(document.referrer) : null;
  if (!referrer || referrer.origin !== location.origin) return;
  const link = document.getElementById('back-link');
  if (referrer.pathname === '/') {
    link.href = referrer.pathname + referrer.search;
    link.textContent = '‹ Back to results';
  } else if (referrer.pathname === '/report.html') {
    link.href = referrer.pathname;
    link.textContent = '‹ Back to your report';
  }
}

async function load() {
  container.setAttribute('aria-busy', 'true');
  try {
    const article = await apiGet('/api' + location.pathname, opened ? {} : from);
    opened = true;
    show(article, await recordingOn());
  } catch (error) {
    showProblem(error);
  } finally {
    container.removeAttribute('aria-busy');
  }
}

function show(article, recording) {
  document.title = article.title + ' · Fixbank';
  container.replaceChildren(
    el('header', { class: 'article-header' },
      el('h1', {}, article.title, ...badges(article), ...overdue(article)),
      el('p', { class: 'lead' }, article.summary),
      facts(article),
      el('p', { class: 'article-actions' },
        el('button', { type: 'button', class: 'button button-quiet', onclick: () => window.print() }, 'Print'),
        editLink(article))),
    body(article),
    recording ? feedbackControl({ articleId: article.id, version: article.version, title: article.title, ...from }) : null,
    el('p', { class: 'print-only print-source' }, 'From Fixbank: ' + location.origin + article.href));
}

/** Editors change an article in the editor; a change they save waits for review beside the published text. */
function editLink(article) {
  if (!hasRole('editor')) return null;
  return el('a', { class: 'button button-quiet edit-link', href: '/edit.html?' + new URLSearchParams({ id: article.id }) },
    'Edit');
}

/** Staff are told when an article's review date has passed; clinicians see the article as it is. */
function overdue(article) {
  const today = new Date().toISOString().slice(0, 10);
  return isStaff() && article.reviewBy && article.reviewBy < today
    ? [el('span', { class: 'badge badge-overdue' }, 'Review overdue')]
    : [];
}

function facts(article) {
  const rows = [
    ['Systems', article.systems.length ? article.systems.join(', ') : 'Any'],
    // Most articles apply on every unit and say nothing of units; those written for some say which.
    ...(article.units.length ? [['Units', article.units.join(', ')]] : []),
    ['Owner', article.owner || 'Not named'],
    ['Last updated', date(article.updated)],
  ];
  if (isStaff() && article.reviewBy) rows.push(['Review by', date(article.reviewBy)]);
  const list = el('dl', { class: 'article-facts' },
    ...rows.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))));
  if (article.tags.length) {
    list.append(el('div', { class: 'facts-tags no-print' }, el('dt', {}, 'Tags'), el('dd', { class: 'tags' },
      ...article.tags.map((tag) => el('a', { class: 'tag', href: '/?tags=' + encodeURIComponent(tag) }, tag)))));
  }
  return list;
}

function date(isoDate) {
  if (!isoDate) return 'Unknown';
  const parsed = new Date(isoDate + 'T00:00:00');
  const text = Number.isNaN(parsed.getTime()) ? isoDate
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(parsed);
  return el('time', { datetime: isoDate }, text);
}

/** The sanitized body, its sections grouped and classified by the server, without an h1 repeating the title. */
function body(article) {
  const target = setTrustedHtml(el('div', { class: 'article-body' }), article.html);
  const first = target.firstElementChild;
  if (first?.tagName === 'H1' && first.textContent.trim().toLowerCase() === article.title.trim().toLowerCase()) {
    first.remove();
  }
  return target;
}

function showProblem(error) {
  if (error.status === 404) {
    document.title = 'Article not found · Fixbank';
    container.replaceChildren(
      el('h1', {}, 'Article not found'),
      el('p', {}, 'There is no article at this address. It may have been renamed or removed'
        + (isStaff() ? '.' : ', or it may be for IT staff only.')),
      el('p', {}, el('a', { href: '/' }, 'Search all fixes'), ' or ', el('a', { href: '/report.html' }, 'report a problem'), '.'));
    return;
  }
  document.title = 'Article unavailable · Fixbank';
  container.replaceChildren(
    el('h1', {}, 'This article could not be shown'),
    el('p', { class: 'error', role: 'alert' }, error.message),
    el('p', {}, el('a', { href: '/' }, 'Search all fixes')));
}

window.addEventListener('fixbank:staff', load);
setUpBackLink();
staffModeKnown.then(load);
