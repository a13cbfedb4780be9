// The editor, for staff with the editor role: /edit.html writes a new article (its title and symptoms may
// come in the address, as the insights page sends an unanswered question), /edit.html?id=ID changes one, or
// the change already waiting beside a published article. The form has the article's front matter and its
// sections in Markdown; the preview beside it is the server's rendering, sanitised exactly as the article
// page shows articles. Every save names the version it was based on (If-Match), so a save that would
// overwrite someone else's shows both versions and lets the editor keep theirs or take the other.
import { apiGet, apiPost, apiWrite, articlePath, pageConfig } from './api.js';
import { debounce, el, setTrustedHtml } from './dom.js';
import { formMessages } from './form-messages.js';
import { hasRole, isStaff, signedInName, staffModeKnown } from './staff.js';

/** The fields of the form as the API names them, with the labels the conflict panel shows them by. */
const FIELDS = {
  title: 'Title',
  summary: 'Summary',
  tags: 'Tags',
  systems: 'Systems',
  units: 'Units',
  visibility: 'Who can read it',
  owner: 'Owner',
  review_by: 'Review by',
  intro: 'Introduction',
  symptoms: 'Symptoms',
  cause: 'Cause',
  resolution: 'Resolution',
};
const LISTS = ['tags', 'systems', 'units'];
const SECTIONS = ['intro', 'symptoms', 'cause', 'resolution'];
const PREVIEW_DELAY = 300; // milliseconds of quiet typing before the preview is asked for
const PREVIEW_WAITING = 'The preview appears once the article has a title and a section.';
const PREVIEW_SHOWN = 'As readers will see it.';

const STATES = {
  new: ['New article', 'Not saved yet. Saved, it is a draft that only IT staff can see.'],
  draft: ['Draft', 'Only IT staff can see it. Submit it for review when it is ready.'],
  review: ['In review', 'Waiting for a reviewer to approve it or send it back. Readers cannot see it yet.'],
  published: ['Published', 'Readers see this article. Saving proposes a change, which they see only once a reviewer approves it.'],
  changeDraft: ['Change waiting', 'A change to the published article, not submitted yet. Readers still see the published text.'],
  changeReview: ['Change in review', 'A change to the published article, waiting for a reviewer. Readers still see the published text.'],
};

const heading = document.getElementById('editor-heading');
const refused = document.getElementById('editor-signed-out');
const problem = document.getElementById('editor-problem');
const gone = document.getElementById('editor-gone');
const editor = document.getElementById('editor');
const form = document.getElementById('editor-form');
const state = document.getElementById('editor-state');
const links = document.getElementById('editor-links');
const message = document.getElementById('editor-message');
const { say, sayError, clearErrors } = formMessages(message, form);
const saveButton = document.getElementById('editor-save');
const submitButton = document.getElementById('editor-submit');
const deleteButton = document.getElementById('editor-delete');
const confirmBox = document.getElementById('editor-confirm');
const conflictPanel = document.getElementById('editor-conflict');
const previewStatus = document.getElementById('preview-status');
const previewBox = document.getElementById('preview');

let article = null; // {id, version, status, change} of the revision in the form; null until a new one is saved
let savedForm = null; // the form as last loaded or saved, to tell unsaved changes
let conflict = null; // the 409 answer shown in the conflict panel
let busy = false;
let previewCall;
let unitChoices = null; // the units on file, offered as checkboxes; null when there are none

function editorAddress(id) {
  return '/edit.html?' + new URLSearchParams({ id });
}

// Starting

async function start() {
  problem.hidden = true;
  gone.hidden = true;
  if (!hasRole('editor')) {
    refuse();
    return;
  }
  refused.hidden = true;
  const { recording } = await pageConfig().catch(() => ({ recording: true }));
  if (!recording) {
    showProblem('Editing is turned off on this server: it keeps who wrote and approved what in the database, '
      + 'which this server was started without (--record off).');
    return;
  }
  await Promise.all([loadUnits(), loadOwners()]);
  const params = new URLSearchParams(location.search);
  if (params.get('id')) {
    await open(params.get('id'));
  } else {
    startNew(params);
  }
}

/** Anyone without the editor role is told who may write here, and how to sign in when they are not. */
function refuse() {
  editor.hidden = true;
  refused.hidden = false;
  document.getElementById('editor-refusal').textContent = isStaff()
    ? 'You are signed in as IT staff, who may read every article but not write them: writing and changing '
      + 'articles needs the editor role. Ask whoever gives out staff tokens for an editor token.'
    : 'Articles are written and changed here by IT staff with the editor role. Sign in with your staff token to '
      + 'write a new article or change one.';
  document.getElementById('editor-sign-in-row').hidden = isStaff();
}

function showProblem(text) {
  editor.hidden = true;
  problem.textContent = text;
  problem.hidden = false;
  problem.focus();
}

function startNew(params) {
  form.reset();
  article = null;
  savedForm = null;
  form.elements.title.value = params.get('title') ?? '';
  form.elements.symptoms.value = params.get('symptoms') ?? '';
  form.elements.review_by.value = aYearFromNow();
  document.getElementById('id-field').hidden = false;
  heading.textContent = 'Write an article';
  document.title = 'Write an article · Fixbank';
  showSentBack(null);
  showState();
  editor.hidden = false;
  preview();
}

/** The default review date of a new article: the checks of `fixbank-indexer --check` want one to come. */
function aYearFromNow() {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

async function open(id) {
  editor.setAttribute('aria-busy', 'true');
  try {
    show(await apiGet(articlePath('/api/edit/', id)));
  } catch (error) {
    showProblem(error.status === 404
      ? `There is no article “${id}” to edit. It may have been deleted or renamed.`
      : 'The article could not be opened. ' + error.message);
  } finally {
    editor.removeAttribute('aria-busy');
  }
}

/** Puts a revision from the API (an EditView) in the form. */
function show(view) {
  fill(view.fields);
  article = { id: view.id, version: view.version, status: view.status, change: view.change };
  savedForm = formText();
  document.getElementById('id-field').hidden = true;
  heading.textContent = 'Edit “' + view.fields.title + '”';
  document.title = 'Edit ' + view.fields.title + ' · Fixbank';
  showSentBack(view.sentBack);
  showState();
  editor.hidden = false;
  preview();
}

async function loadUnits() {
  let units = [];
  try {
    ({ units } = await apiGet('/api/units'));
  } catch {
    // Without the list, units are typed.
  }
  if (!units.length || unitChoices) return;
  unitChoices = units.map((unit) => unit.name);
  const field = document.getElementById('units-field');
  const choices = el('fieldset', { class: 'field unit-choices', id: 'units-field', 'aria-describedby': 'units-hint units-error' },
    el('legend', {}, 'Units'),
    el('p', { class: 'hint', id: 'units-hint' }, 'The clinical units it applies to; none for all.'),
    el('p', { class: 'error field-error', id: 'units-error', hidden: true }),
    el('div', { class: 'unit-list' }));
  field.replaceWith(choices);
  setUnits([]);
}

/** The owners of articles, offered as the owner is typed; only where the server records (the list comes from there). */
async function loadOwners() {
  const names = document.getElementById('owner-names');
  if (names.children.length) return;
  try {
    const { owners } = await apiGet('/api/insights/owners');
    names.replaceChildren(...owners.map((name) => el('option', { value: name })));
  } catch {
    // Owners are typed without suggestions.
  }
}

// The form

function fill(fields) {
  for (const name of Object.keys(FIELDS)) {
    if (name === 'units' && unitChoices) {
      setUnits(fields.units);
    } else if (LISTS.includes(name)) {
      form.elements[name].value = fields[name].join(', ');
    } else {
      form.elements[name].value = fields[name] ?? '';
    }
  }
}

/** The unit checkboxes: every unit on file, and any other the article names, ticked as it names them. */
function setUnits(chosen) {
  const names = [...unitChoices, ...chosen.filter((unit) => !unitChoices.includes(unit))];
  document.querySelector('#units-field .unit-list').replaceChildren(...names.map((name, i) => el('label', { class: 'unit-choice' },
    el('input', { type: 'checkbox', name: 'unit', value: name, id: 'unit-' + i, checked: chosen.includes(name) }),
    name)));
}

/** The article as the form has it, as the editing endpoints take it. */
function draft() {
  const body = {};
  for (const name of Object.keys(FIELDS)) {
    if (name === 'units' && unitChoices) {
      body.units = [...form.querySelectorAll('input[name="unit"]:checked')].map((box) => box.value);
    } else if (LISTS.includes(name)) {
      body[name] = form.elements[name].value.split(',').map((item) => item.trim()).filter(Boolean);
    } else {
      body[name] = form.elements[name].value;
    }
  }
  return body;
}

function formText() {
  return JSON.stringify(draft());
}

function unsaved() {
  return formText() !== savedForm;
}

function showState() {
  const key = !article ? 'new'
    : article.change ? (article.status === 'review' ? 'changeReview' : 'changeDraft')
      : article.status;
  const [label, text] = STATES[key] ?? [article.status, ''];
  state.replaceChildren(el('span', { class: 'badge state-badge state-' + key }, label), ' ', text);
  links.replaceChildren(...stateLinks());
  updateButtons();
}

function stateLinks() {
  if (!article) return [];
  const shown = [];
  if (article.change || article.status === 'published') {
    shown.push(el('a', { href: '/articles/' + article.id }, 'The published article'));
  } else {
    shown.push(el('a', { href: '/articles/' + article.id }, 'The article page'));
  }
  if (article.status === 'review') {
    shown.push(el('a', { href: '/review.html?' + new URLSearchParams({ id: article.id }) }, 'In the review queue'));
  }
  return shown.flatMap((link, i) => (i ? [' · ', link] : [link]));
}

function updateButtons() {
  const published = article?.status === 'published' && !article.change;
  saveButton.textContent = article && (article.change || published) ? 'Save change' : 'Save draft';
  // Nothing new to submit: it is in review already, or a published article nobody has changed.
  const nothingToSubmit = article && !unsaved() && (article.status === 'review' || published);
  submitButton.disabled = busy || Boolean(nothingToSubmit);
  saveButton.disabled = busy;
  // Deleting a published article takes a reviewer; a change or a draft, any editor.
  deleteButton.hidden = !article || (published && !hasRole('reviewer'));
  deleteButton.disabled = busy;
  deleteButton.textContent = article?.change ? 'Delete this change' : 'Delete';
}

function showSentBack(sentBack) {
  const box = document.getElementById('editor-sent-back');
  box.hidden = !sentBack;
  if (!sentBack) return;
  document.getElementById('editor-sent-back-by').textContent = `${sentBack.by}, ${moment(sentBack.at)}:`;
  document.getElementById('editor-sent-back-comment').textContent = sentBack.comment;
}

function moment(isoInstant) {
  const parsed = new Date(isoInstant);
  return Number.isNaN(parsed.getTime()) ? isoInstant
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(parsed);
}

// Messages and errors

/** The server's reason beside the field it names, and the focus in that field. */
function fieldError(name, ...text) {
  const error = document.getElementById(name + '-error');
  const input = name === 'units' && unitChoices ? form.querySelector('input[name="unit"]') : form.elements[name];
  if (!error || !input || input.closest('[hidden]')) return false;
  error.replaceChildren(...text);
  error.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
  return true;
}

function failed(error, doing) {
  const answer = error.answer;
  if (error.status === 409 && answer?.current && article) {
    showConflict(answer);
  } else if (error.status === 409 && answer?.current) {
    // A new article whose address is taken: the existing one is not this editor's to overwrite.
    fieldError('id', error.message + ' ', el('a', { href: editorAddress(answer.current.id) }, 'Edit that article'))
      || sayError(error.message);
  } else if (error.status === 400 && error.field && fieldError(error.field, error.message)) {
    say('');
  } else {
    sayError(`The article could not be ${doing}. ${error.message}`);
  }
}

// Saving, submitting, deleting

async function save() {
  clearErrors();
  hideConflict();
  const body = draft();
  const text = JSON.stringify(body);
  setBusy(true);
  say('Saving…');
  try {
    let answer;
    if (article) {
      answer = await apiWrite('PUT', articlePath('/api/articles/', article.id), body, article.version);
      savedForm = text;
    } else {
      const id = form.elements.id.value.trim();
      answer = await apiWrite('POST', '/api/articles', id ? { ...body, id } : body);
      savedForm = created(answer, body);
    }
    article = { id: answer.id, version: answer.version, status: answer.status, change: answer.change };
    say(answer.change
      ? `Saved at ${timeNow()} as a proposed change. Readers still see the published text.`
      : `Saved at ${timeNow()}.`);
    showState();
    return true;
  } catch (error) {
    failed(error, 'saved');
    return false;
  } finally {
    setBusy(false);
  }
}

/**
 * A new article has its address now, and the owner the server gave it when none was typed (the caller), so
 * that the next save keeps that owner. Answers the form as saved.
 */
function created(answer, body) {
  history.replaceState(null, '', editorAddress(answer.id));
  document.getElementById('id-field').hidden = true;
  heading.textContent = 'Edit “' + body.title.trim() + '”';
  if (!body.owner.trim()) {
    body.owner = signedInName() ?? '';
    form.elements.owner.value = body.owner;
  }
  return JSON.stringify(body);
}

function timeNow() {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date());
}

/** Submits what the form shows: saved first when it has unsaved changes. */
async function submit() {
  if ((!article || unsaved()) && !(await save())) return;
  setBusy(true);
  say('Submitting…');
  try {
    const answer = await apiWrite('POST', articlePath('/api/articles/', article.id, '/submit'), null, article.version);
    article = { id: answer.id, version: answer.version, status: answer.status, change: answer.change };
    showSentBack(null);
    say('Submitted for review. A reviewer will find it in the review queue.');
    showState();
  } catch (error) {
    failed(error, 'submitted');
  } finally {
    setBusy(false);
  }
}

function askToDelete(asking) {
  confirmBox.hidden = !asking;
  deleteButton.hidden = asking;
  if (asking) {
    document.getElementById('editor-confirm-text').textContent = article.change
      ? 'Delete this proposed change? The published article stays as it is.'
      : article.status === 'published'
        ? `Delete the published article “${form.elements.title.value}”? Readers will no longer find it.`
        : `Delete the draft “${form.elements.title.value}”? This cannot be undone.`;
  }
  (asking ? document.getElementById('editor-delete-yes') : deleteButton).focus();
}

async function remove() {
  const deleting = article;
  setBusy(true);
  confirmBox.querySelectorAll('button').forEach((button) => { button.disabled = true; });
  say('Deleting…');
  try {
    await apiWrite('DELETE', articlePath('/api/articles/', deleting.id), null, deleting.version);
    confirmBox.hidden = true;
    if (deleting.change) {
      await open(deleting.id); // the published article, as it still is
      say('The proposed change was deleted. The published article is as it was.');
      message.focus();
      return;
    }
    editor.hidden = true;
    gone.replaceChildren(el('p', {}, `“${form.elements.title.value}” was deleted.`),
      el('p', {}, el('a', { href: '/edit.html' }, 'Write a new article'), ' or ',
        el('a', { href: '/review.html' }, 'go to the review queue'), '.'));
    gone.hidden = false;
    gone.focus();
  } catch (error) {
    confirmBox.hidden = true;
    failed(error, 'deleted');
  } finally {
    confirmBox.querySelectorAll('button').forEach((button) => { button.disabled = false; });
    setBusy(false);
  }
}

function setBusy(value) {
  busy = value;
  if (value) form.setAttribute('aria-busy', 'true');
  else form.removeAttribute('aria-busy');
  updateButtons();
}

// A conflict: someone else saved, or the published article moved under a change

function showConflict(answer) {
  conflict = answer;
  const theirs = answer.current.fields;
  const yours = answer.yours ?? draft();
  const differing = Object.keys(FIELDS).filter((name) => shown(theirs[name]) !== shown(yours[name]));
  // Against a change, or a draft, someone saved; against a published article, it moved (by hand or git pull).
  const published = !answer.current.change && answer.current.status === 'published';
  const theirLabel = published ? 'Published now' : 'Their version';
  document.getElementById('conflict-heading').textContent = published
    ? 'Not saved: the published article has changed'
    : 'Not saved: someone else saved this article first';
  document.getElementById('conflict-message').textContent = sentence(answer.error);
  document.getElementById('conflict-fields').replaceChildren(differing.length
    ? el('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Their version and yours', tabindex: '0' },
      el('table', { class: 'conflict-table' },
        el('caption', { class: 'visually-hidden' }, 'The fields that differ: their version and yours'),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, 'Field'),
          el('th', { scope: 'col' }, theirLabel),
          el('th', { scope: 'col' }, 'Your version'))),
        el('tbody', {}, ...differing.map((name) => el('tr', { 'data-field': name },
          el('th', { scope: 'row' }, FIELDS[name]),
          // The labels head each cell where a narrow screen stacks the table's cells.
          el('td', { class: 'conflict-theirs', 'data-label': theirLabel }, conflictText(theirs[name])),
          el('td', { class: 'conflict-yours', 'data-label': 'Your version' }, conflictText(yours[name])))))))
    : el('p', {}, 'Their text and yours are the same; only the version moved on.'));
  conflictPanel.hidden = false;
  say('');
  conflictPanel.focus();
}

function hideConflict() {
  conflict = null;
  conflictPanel.hidden = true;
}

function shown(value) {
  return Array.isArray(value) ? value.join(', ') : (value ?? '').trim();
}

function conflictText(value) {
  const text = shown(value);
  return text ? el('div', { class: 'conflict-text' }, text) : el('em', {}, 'Empty');
}

/** Saves the form over their version, naming it: the editor has seen it and chose theirs to go. */
function keepMine() {
  article = { ...article, version: conflict.current.version };
  save();
}

/** Puts their version in the form, in place of the editor's unsaved text. */
function takeTheirs() {
  const current = conflict.current;
  hideConflict();
  show(current);
  say('Their version is in the form now; your unsaved text was dropped.');
  message.focus();
}

function sentence(text) {
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

// The preview

const previewSoon = debounce(preview, PREVIEW_DELAY);

/** The server's rendering of the form; asked only for a form it can render (a title and a section). */
async function preview() {
  previewCall?.abort();
  const body = draft();
  if (!body.title.trim() || SECTIONS.every((name) => !body[name].trim())) {
    previewBox.replaceChildren();
    setPreviewStatus(PREVIEW_WAITING);
    return;
  }
  const id = article?.id ?? form.elements.id.value.trim();
  const call = new AbortController();
  previewCall = call;
  previewBox.setAttribute('aria-busy', 'true');
  try {
    const answer = await apiPost('/api/preview', id ? { ...body, id } : body, call.signal);
    const summary = body.summary.trim();
    previewBox.replaceChildren(
      el('p', { class: 'preview-title' }, answer.title),
      ...(summary ? [el('p', { class: 'lead' }, summary)] : []),
      articleBody(answer));
    setPreviewStatus(PREVIEW_SHOWN);
  } catch (error) {
    if (error.name === 'AbortError') return;
    setPreviewStatus('The preview could not be made. ' + error.message);
  } finally {
    if (previewCall === call) previewBox.removeAttribute('aria-busy');
  }
}

/** The sanitised body as the article page shows it: without an h1 repeating the title. */
function articleBody(answer) {
  const target = setTrustedHtml(el('div', { class: 'article-body' }), answer.html);
  const first = target.firstElementChild;
  if (first?.tagName === 'H1' && first.textContent.trim().toLowerCase() === answer.title.trim().toLowerCase()) {
    first.remove();
  }
  return target;
}

/** Changed only when it says something new, so screen readers are not told on every key. */
function setPreviewStatus(text) {
  if (previewStatus.textContent !== text) previewStatus.textContent = text;
}

// Wiring

form.addEventListener('input', () => {
  updateButtons();
  previewSoon();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!busy) save();
});
submitButton.addEventListener('click', () => {
  if (!busy) submit();
});
deleteButton.addEventListener('click', () => askToDelete(true));
document.getElementById('editor-delete-no').addEventListener('click', () => askToDelete(false));
document.getElementById('editor-delete-yes').addEventListener('click', remove);
confirmBox.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !busy) askToDelete(false);
});
document.getElementById('conflict-keep-mine').addEventListener('click', keepMine);
document.getElementById('conflict-take-theirs').addEventListener('click', takeTheirs);
document.getElementById('editor-sign-in').addEventListener('click', () => document.getElementById('staff-sign-in')?.click());
window.addEventListener('fixbank:staff', start);
staffModeKnown.then(start);
