// The review page, for editors and reviewers: the queue of new articles and changes to published ones
// (submitted first; drafts still being written listed as in progress), and the one opened from it
// (/review.html?id=ID): what changed, line by line against the published text, the article as readers will
// see it, who wrote it, and for reviewers "Approve" (never to its own authors, whom the server names) and
// "Send back" with a comment for the author. Diff lines go in as text, marked by a sign as well as colour.
import { apiGet, apiWrite, articlePath } from './api.js';
import { el, setTrustedHtml } from './dom.js';
import { hasRole, isStaff, signedInName, staffModeKnown } from './staff.js';

const SAME_KEPT = 3; // unchanged lines shown either side of a change; longer runs between wait behind a button
const MAX_COMMENT = 500; // as the server allows

const signedOut = document.getElementById('review-signed-out');
const content = document.getElementById('review');
const queueBody = document.getElementById('review-queue');
const detail = document.getElementById('review-detail');
const detailHeading = document.getElementById('detail-heading');
const detailBody = document.getElementById('review-detail-body');
const announcement = document.getElementById('review-announcement');

let chosen = null; // the id of the revision opened, as the address names it
let asked = 0; // answers to a revision since left are dropped

function reviewAddress(id) {
  return id ? '/review.html?' + new URLSearchParams({ id }) : '/review.html';
}

function chosenInAddress() {
  return new URLSearchParams(location.search).get('id');
}

async function refresh() {
  if (!hasRole('editor')) {
    refuse();
    return;
  }
  signedOut.hidden = true;
  content.hidden = false;
  chosen = chosenInAddress();
  await loadQueue();
  if (chosen) {
    openRevision(chosen);
  } else {
    nothingOpen();
  }
}

function refuse() {
  content.hidden = true;
  queueBody.replaceChildren();
  detailBody.replaceChildren();
  signedOut.hidden = false;
  document.getElementById('review-refusal').textContent = isStaff()
    ? 'You are signed in as IT staff, who may read every article but not review them: the queue is for editors '
      + 'and reviewers. Ask whoever gives out staff tokens for an editor or reviewer token.'
    : 'The review queue is for IT staff who write or approve articles. Sign in with your staff token to see it.';
  document.getElementById('review-sign-in-row').hidden = isStaff();
}

// The queue

async function loadQueue() {
  queueBody.setAttribute('aria-busy', 'true');
  try {
    const { items } = await apiGet('/api/review');
    queueBody.replaceChildren(
      group('Waiting for review', 'waiting', items.filter((item) => item.status === 'review'),
        'Nothing is waiting for review.'),
      group('In progress', 'in-progress', items.filter((item) => item.status !== 'review'),
        'No drafts are being written.'));
  } catch (error) {
    queueBody.replaceChildren(el('p', { class: 'error', role: 'alert' }, 'The queue could not be loaded. ' + error.message));
  } finally {
    queueBody.removeAttribute('aria-busy');
  }
}

function group(title, key, items, none) {
  const headingId = 'queue-' + key;
  return el('div', { class: 'queue-group', id: 'queue-group-' + key },
    el('h3', { id: headingId }, title, ' ', el('span', { class: 'count' }, `(${items.length})`)),
    items.length
      ? el('ul', { class: 'queue-list', 'aria-labelledby': headingId }, ...items.map(entry))
      : el('p', { class: 'hint' }, none));
}

function entry(item) {
  const link = el('a', {
    href: reviewAddress(item.id), class: 'queue-title', 'aria-current': item.id === chosen ? 'true' : null,
  }, item.title);
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // a new tab opens as asked
    event.preventDefault();
    history.pushState(null, '', reviewAddress(item.id));
    choose(item.id);
    detail.focus();
  });
  return el('li', { class: 'queue-item', 'data-id': item.id },
    link,
    el('p', { class: 'queue-meta' }, kindBadge(item.change), ' ', byline(item.authors, item.owner)),
    item.sentBack ? el('p', { class: 'queue-sent-back' }, 'Sent back by ' + item.sentBack.by) : null);
}

function kindBadge(change) {
  return change
    ? el('span', { class: 'badge badge-change' }, 'Change')
    : el('span', { class: 'badge badge-new' }, 'New article');
}

function byline(authors, owner) {
  if (authors.length) return 'by ' + authors.join(', ');
  return owner ? 'owner ' + owner : 'written by hand';
}

/** Opens `id` (null: none), marking it in the queue. */
function choose(id) {
  chosen = id;
  for (const link of queueBody.querySelectorAll('.queue-title')) {
    if (link.closest('.queue-item').dataset.id === id) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (id) openRevision(id);
  else nothingOpen();
}

// The revision opened

function nothingOpen(...children) {
  asked++;
  detailHeading.textContent = 'Choose an article from the queue';
  detailBody.replaceChildren(...children);
}

async function openRevision(id) {
  const mine = ++asked;
  detailHeading.textContent = 'Loading…';
  detailBody.replaceChildren();
  detailBody.setAttribute('aria-busy', 'true');
  try {
    const answer = await apiGet(articlePath('/api/review/', id));
    if (mine !== asked) return;
    showRevision(answer);
  } catch (error) {
    if (mine !== asked) return;
    detailHeading.textContent = 'This article could not be opened';
    detailBody.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.status === 404
      ? 'It is no longer there: it may have been deleted or renamed.'
      : error.message));
  } finally {
    if (mine === asked) detailBody.removeAttribute('aria-busy');
  }
}

function showRevision({ revision, diff, html, mayApprove }) {
  const fields = revision.fields;
  detailHeading.textContent = fields.title;
  if (revision.status === 'published' && !revision.change) {
    detailBody.replaceChildren(el('p', {}, 'Published; nothing waits for review. ',
      el('a', { href: articlePath('/articles/', revision.id) }, 'Open the article'), '.'));
    return;
  }
  detailBody.replaceChildren(
    facts(revision),
    ...(revision.sentBack ? [sentBack(revision.sentBack)] : []),
    el('p', { class: 'review-links' },
      el('a', { href: '/edit.html?' + new URLSearchParams({ id: revision.id }) }, 'Open in the editor'),
      revision.change ? [' · ', el('a', { href: articlePath('/articles/', revision.id) }, 'The published article')] : null),
    actions(revision, mayApprove),
    el('h3', {}, revision.change ? 'What changed' : 'The new article'),
    ...diffView(diff, revision.change),
    el('h3', {}, 'As readers will see it'),
    rendered(fields.title, html));
}

function facts(revision) {
  const rows = [
    ['Kind', revision.change ? 'A change to a published article' : 'A new article'],
    ['Status', revision.status === 'review' ? 'Submitted for review' : 'Draft, not submitted yet'],
    ['Written by', revision.authors.length ? revision.authors.join(', ') : 'Not recorded (written by hand)'],
    ['Owner', revision.fields.owner || 'Not named'],
    ['Who can read it', revision.fields.visibility === 'internal' ? 'IT staff only' : 'Everyone'],
  ];
  return el('dl', { class: 'article-facts review-facts' },
    ...rows.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))));
}

function sentBack({ by, at, comment }) {
  return el('div', { class: 'sent-back' },
    el('p', { class: 'sent-back-by' }, `Sent back by ${by}, ${moment(at)}:`),
    el('blockquote', {}, comment));
}

function moment(isoInstant) {
  const parsed = new Date(isoInstant);
  return Number.isNaN(parsed.getTime()) ? isoInstant
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(parsed);
}

// Approving and sending back

function actions(revision, mayApprove) {
  const box = el('div', { class: 'review-actions', 'aria-label': 'Decision', role: 'group' });
  if (revision.status !== 'review') {
    box.append(el('p', { class: 'approve-reason' },
      'Still a draft: its author has not submitted it for review, so it cannot be approved yet.'));
    return box;
  }
  const status = el('p', { class: 'review-action-status', tabindex: '-1' });
  if (mayApprove) {
    const approve = el('button', { type: 'button', class: 'button', id: 'review-approve' }, 'Approve and publish');
    approve.addEventListener('click', () => decide(revision, 'approve', null, approve, status));
    box.append(el('p', { class: 'review-approve-row' }, approve));
  } else {
    box.append(el('p', { class: 'approve-reason', id: 'approve-reason' }, whyNotApprove(revision)));
  }
  if (hasRole('reviewer')) box.append(sendBackForm(revision, status));
  box.append(status);
  return box;
}

/** Why there is no Approve button; the server decides (mayApprove), this only says which rule applies. */
function whyNotApprove(revision) {
  if (!hasRole('reviewer')) return 'Only reviewers can approve. You can read it here, or change it in the editor.';
  if (revision.authors.includes(signedInName())) {
    return `You wrote this ${revision.change ? 'change' : 'article'}; another reviewer must approve it.`;
  }
  return 'You cannot approve this revision.';
}

function sendBackForm(revision, status) {
  const error = el('p', { class: 'error field-error', id: 'send-back-error', hidden: true });
  const comment = el('textarea', {
    id: 'send-back-comment', name: 'comment', rows: '3', maxlength: String(MAX_COMMENT), required: true,
    'aria-describedby': 'send-back-hint send-back-error',
  });
  const button = el('button', { type: 'submit', class: 'button button-quiet', id: 'review-send-back' }, 'Send back');
  const form = el('form', { class: 'send-back-form', novalidate: true },
    el('label', { for: 'send-back-comment' }, 'Send back to the author'),
    el('p', { class: 'hint', id: 'send-back-hint' },
      'Say what needs to change. The author sees it in the editor; the article becomes a draft again.'),
    error, comment, el('p', {}, button));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    comment.removeAttribute('aria-invalid');
    if (!comment.value.trim()) {
      error.textContent = 'Say what needs to change: the author needs a reason.';
      error.hidden = false;
      comment.setAttribute('aria-invalid', 'true');
      comment.focus();
      return;
    }
    decide(revision, 'reject', { comment: comment.value.trim() }, button, status);
  });
  return form;
}

async function decide(revision, action, body, button, status) {
  const buttons = [...detailBody.querySelectorAll('.review-actions button')];
  buttons.forEach((each) => { each.disabled = true; });
  status.replaceChildren(action === 'approve' ? 'Approving…' : 'Sending back…');
  try {
    await apiWrite('POST', articlePath('/api/articles/', revision.id, '/' + action), body, revision.version);
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error', role: 'alert' }, error.message));
    buttons.forEach((each) => { each.disabled = false; });
    status.focus();
    return;
  }
  const title = revision.fields.title;
  announce(action === 'approve'
    ? `Approved: ${revision.change ? 'the change to ' : ''}“${title}” is published, and readers see it now.`
    : `Sent back: “${title}” is a draft again, with your comment for its author.`);
  await loadQueue();
  if (action === 'approve') {
    history.replaceState(null, '', reviewAddress(null));
    choose(null);
    detailBody.replaceChildren(el('p', {}, el('a', { href: articlePath('/articles/', revision.id) }, 'Open “' + title + '”'),
      ' as readers see it.'));
  } else {
    choose(revision.id);
  }
  announcement.focus();
}

function announce(text) {
  announcement.textContent = text;
}

// The diff

const SIGNS = { same: ' ', removed: '−', added: '+' };
const SPOKEN = { removed: 'Removed: ', added: 'Added: ' };

/** The lines of the revision against the published text; long unchanged runs shortened behind a button. */
function diffView(lines, change) {
  const added = lines.filter((line) => line.kind === 'added').length;
  const removed = lines.filter((line) => line.kind === 'removed').length;
  const list = el('ul', { class: 'diff', 'aria-label': 'Lines of the article file' });
  let run = [];
  const flush = (atEnd) => {
    const keepBefore = list.children.length ? SAME_KEPT : 0; // after a change
    const keepAfter = atEnd ? 0 : SAME_KEPT; // before the next one
    if (!change || run.length <= keepBefore + keepAfter + 1) {
      list.append(...run.map(diffLine));
    } else {
      const hidden = run.slice(keepBefore, run.length - keepAfter);
      list.append(...run.slice(0, keepBefore).map(diffLine), skipped(hidden), ...run.slice(run.length - keepAfter).map(diffLine));
    }
    run = [];
  };
  for (const line of lines) {
    if (line.kind === 'same') {
      run.push(line);
    } else {
      flush(false);
      list.append(diffLine(line));
    }
  }
  flush(true);
  const summary = change
    ? `${count(added, 'line')} added, ${count(removed, 'line')} removed.`
    : `${count(added, 'line')}, all new.`;
  return [el('p', { class: 'diff-summary' }, summary,
    el('span', { class: 'diff-key' }, ' Lines marked + are added, − removed; the rest are unchanged.')), list];
}

function diffLine(line) {
  const text = line.kind === 'removed' ? el('del', {}, line.text)
    : line.kind === 'added' ? el('ins', {}, line.text)
      : el('span', {}, line.text);
  return el('li', { class: 'diff-line diff-' + line.kind },
    el('span', { class: 'diff-sign', 'aria-hidden': 'true' }, SIGNS[line.kind]),
    SPOKEN[line.kind] ? el('span', { class: 'visually-hidden' }, SPOKEN[line.kind]) : null,
    text);
}

/** A placeholder for unchanged lines, which shows them when pressed. */
function skipped(lines) {
  const item = el('li', { class: 'diff-skip' });
  const button = el('button', { type: 'button', class: 'link-button' }, `Show ${count(lines.length, 'unchanged line')}`);
  button.addEventListener('click', () => {
    const shown = lines.map(diffLine);
    item.replaceWith(...shown);
    shown[0].setAttribute('tabindex', '-1');
    shown[0].focus();
  });
  item.append(button);
  return item;
}

function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The sanitised body from the server, as the article page shows it: without an h1 repeating the title. */
function rendered(title, html) {
  const target = setTrustedHtml(el('div', { class: 'article-body review-rendered' }), html);
  const first = target.firstElementChild;
  if (first?.tagName === 'H1' && first.textContent.trim().toLowerCase() === title.trim().toLowerCase()) first.remove();
  return target;
}

window.addEventListener('popstate', () => choose(chosenInAddress()));
document.getElementById('review-sign-in').addEventListener('click', () => document.getElementById('staff-sign-in')?.click());
window.addEventListener('fixbank:staff', refresh);
staffModeKnown.then(refresh);
