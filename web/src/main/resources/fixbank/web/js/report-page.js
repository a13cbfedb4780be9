// The report-a-problem page: known fixes beside the form while the problem is typed, what was typed kept
// for the browser tab (so opening a fix and coming back loses nothing), and the report handed to the
// hospital's ticketing system at the configured address as title and description query parameters, with
// the reader's unit as unit when the hospital lists its units (see unit-choice.js).
// Each draft ticket is a journey: its id goes with the suggestions asked for, the fixes opened and the
// answers given, and the server is told when the report is sent anyway, so IT can see what the known fixes
// solved. Each known fix asks "Solved it?". When no known fix is good enough, the page says so calmly and
// the report is the way on. Staff also see why each fix was chosen, and drafts or fixes in review, labelled.
import { apiPost, pageConfig } from './api.js';
import { badges, debounce, el } from './dom.js';
import { feedbackControl, recordingOn } from './feedback.js';
import { newId, validId, withId } from './ids.js';
import { isStaff, staffModeKnown } from './staff.js';
import { unitChoice } from './unit-choice.js';
import { whyDisclosure } from './why.js';

const DRAFT_KEY = 'fixbank.reportDraft';
const SUGGESTIONS = 5;
const MIN_TEXT = 3;
const SENT_PATIENCE = 1500; // milliseconds the hand-off waits for the server to note it, at most
const NO_FIX = 'No known fix yet — send it to the service desk.';
const WAITING = 'Known fixes will appear here as you type.';

const form = document.getElementById('report-form');
const title = document.getElementById('title');
const description = document.getElementById('description');
const titleError = document.getElementById('title-error');
const send = document.getElementById('report-send');
const status = document.getElementById('suggestions-status');
const list = document.getElementById('suggestion-list');

let inFlight;
let unit = () => null; // the reader's unit, once the question is set up
let journey; // the draft ticket's id, made when fixes are first asked for it
let recording = false;
const controls = new Map(); // article id → its feedback control, kept while the fixes are shown again
const whyOpen = new Set(); // article ids whose "Why this fix?" the reader opened, kept open as fixes are shown again

function restoreDraft() {
  let draft = null;
  try {
    draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY));
  } catch {
    // A damaged draft is dropped.
  }
  if (draft) {
    title.value = draft.title ?? '';
    description.value = draft.description ?? '';
    journey = validId(draft.journey);
  }
  const offered = new URLSearchParams(location.search).get('title');
  if (offered && !title.value) title.value = offered;
}

function saveDraft() {
  if (!title.value.trim() && !description.value.trim()) {
    forgetDraft(); // emptied: what is typed next is another ticket
    return;
  }
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ title: title.value, description: description.value, journey }));
}

function forgetDraft() {
  sessionStorage.removeItem(DRAFT_KEY);
  journey = undefined;
  controls.clear();
  whyOpen.clear();
}

const suggestSoon = debounce(suggest, 250);

async function suggest() {
  inFlight?.abort();
  // A suggestion still due when the report is sent would start a new draft and keep the text sent.
  if (sending) return;
  if ((title.value.trim() + description.value.trim()).length < MIN_TEXT) {
    list.replaceChildren();
    showStatus(WAITING);
    return;
  }
  inFlight = new AbortController();
  if (!journey) {
    journey = newId();
    saveDraft();
  }
  try {
    const staff = isStaff(); // only staff are told why; nobody else asks
    const result = await apiPost('/api/suggest', {
      title: title.value, description: description.value, limit: SUGGESTIONS, journey, source: 'report',
      unit: unit() ?? undefined, explain: staff || undefined,
    }, inFlight.signal);
    showSuggestions(result, staff);
  } catch (error) {
    if (error.name === 'AbortError') return;
    list.replaceChildren();
    showStatus(error.message);
  }
}

function showSuggestions(result, staff) {
  const suggestions = result.suggestions ?? [];
  list.replaceChildren(...suggestions.map((suggestion) => el('li', {},
    el('a', { href: withId(suggestion.href, 'journey', journey) }, suggestion.title), ...badges(suggestion),
    el('p', {}, suggestion.summary),
    staff ? whyFor(suggestion) : null,
    recording ? feedbackFor(suggestion) : null)));
  const count = suggestions.length;
  if (count) {
    showStatus(`${count} known ${count === 1 ? 'fix matches' : 'fixes match'} what you typed. `
      + 'One may solve it before you send the report.');
  } else {
    // Nothing is good enough: that is an answer too, and the report is the way on.
    showStatus(result.message || NO_FIX, true);
  }
}

/** The list's status line; `noFix` shows it as the calm notice that no known fix matches. */
function showStatus(text, noFix = false) {
  status.textContent = text;
  status.classList.toggle('no-fix', noFix);
  list.hidden = noFix || !list.children.length;
}

function whyFor(suggestion) {
  return whyDisclosure(suggestion.why, 'Why this fix?', {
    open: whyOpen.has(suggestion.id),
    onToggle: (open) => (open ? whyOpen.add(suggestion.id) : whyOpen.delete(suggestion.id)),
  });
}

/** The fix's control, the same one each time the fix is shown again for this draft, so an answer stays. */
function feedbackFor(suggestion) {
  let control = controls.get(suggestion.id);
  if (!control) {
    control = feedbackControl({
      articleId: suggestion.id, version: suggestion.version, title: suggestion.title, journey, compact: true,
    });
    controls.set(suggestion.id, control);
  }
  return control;
}

let ticketUrl = null;

async function setUpSending() {
  let reachable = true;
  try {
    ticketUrl = (await pageConfig()).ticketUrl;
  } catch {
    reachable = false;
  }
  if (!ticketUrl) {
    send.replaceChildren(el('p', { class: 'not-configured', id: 'not-configured' },
      reachable ? 'Reports cannot be sent from this page: no ticketing system is set up for Fixbank here. '
          + 'Please contact the IT service desk the usual way; you can copy what you typed from this form.'
        : 'The knowledge bank could not be reached, so this report cannot be sent from here. '
          + 'Please contact the IT service desk the usual way.'));
    return;
  }
  send.replaceChildren(
    el('button', { type: 'submit', form: 'report-form', class: 'button', id: 'send-report' }, 'Send to the IT service desk'),
    el('span', { class: 'hint' }, 'Opens the service desk’s ticket form with what you typed.'));
}

let sending = false;

async function sendReport(event) {
  event.preventDefault();
  if (!ticketUrl || sending) return;
  if (!title.value.trim()) {
    titleError.hidden = false;
    title.setAttribute('aria-invalid', 'true');
    title.focus();
    return;
  }
  const target = new URL(ticketUrl);
  target.searchParams.set('title', title.value.trim());
  target.searchParams.set('description', description.value.trim());
  if (unit()) target.searchParams.set('unit', unit());
  sending = true;
  await reportSent();
  // The ticketing system has the text now; a shared workstation should not keep it.
  forgetDraft();
  location.assign(target);
}

/** Tells the server this draft went to the service desk after all; never holds up the report for long. */
async function reportSent() {
  if (!journey) return;
  const patience = new AbortController();
  const timer = setTimeout(() => patience.abort(), SENT_PATIENCE);
  try {
    await apiPost(`/api/journeys/${journey}/sent`, {}, patience.signal);
  } catch {
    // The report matters more than the count.
  } finally {
    clearTimeout(timer);
  }
}

for (const field of [title, description]) {
  field.addEventListener('input', () => {
    saveDraft();
    suggestSoon();
  });
}
title.addEventListener('input', () => {
  if (title.value.trim()) {
    titleError.hidden = true;
    title.removeAttribute('aria-invalid');
  }
});
form.addEventListener('submit', sendReport);
window.addEventListener('pageshow', (event) => {
  // Back from a fix kept in the browser's page cache: answers given on the fix's page show here too.
  if (!event.persisted) return;
  sending = false;
  controls.clear();
  suggest();
});
window.addEventListener('fixbank:staff', suggest);

restoreDraft();
staffModeKnown.then(async () => {
  setUpSending();
  [recording, unit] = await Promise.all([recordingOn(), unitChoice(suggest)]);
  suggest();
});
