// The units page, for admins: the clinical units and each one's IT point person, as the report page offers them,
// edited here and saved back to units.yaml in the articles folder (GET and PUT /api/units). A save names the
// version of the list it started from (If-Match), so when the file changed in between (another admin, a hand
// edit, git pull) nothing is overwritten: the page keeps what was typed, shows the list as it is now, and lets
// the admin take that list or save theirs over it. Anyone else is told who the page is for.
import { apiGetVersioned, apiWriteVersioned, pageConfig } from './api.js';
import { el } from './dom.js';
import { formMessages } from './form-messages.js';
import { hasRole, isStaff, staffModeKnown } from './staff.js';

/** The fields of a unit as the API names them, with their labels; the first two are required. */
const FIELDS = [
  ['name', 'Unit name'],
  ['contact', 'IT point person'],
  ['phone', 'Phone or bleep'],
  ['hours', 'Hours'],
  ['escalation', 'If they cannot be reached'],
];
const REQUIRED = {
  name: 'Give the unit a name.',
  contact: 'Name the unit’s IT point person.',
};
const MAX_VALUE = 200; // characters in one value, as the server allows
const UNNAMED = 'New unit';

const refused = document.getElementById('units-refused');
const problem = document.getElementById('units-problem');
const content = document.getElementById('units');
const form = document.getElementById('units-form');
const entries = document.getElementById('unit-entries');
const countLine = document.getElementById('units-count');
const addButton = document.getElementById('units-add');
const saveButton = document.getElementById('units-save');
const message = document.getElementById('units-message');
const { say, sayError, clearErrors } = formMessages(message, entries);
const conflictPanel = document.getElementById('units-conflict');
const theirsBox = document.getElementById('units-theirs');
const loadTheirsButton = document.getElementById('units-load-theirs');
const keepMineButton = document.getElementById('units-keep-mine');

let version = null; // the version of units.yaml the form started from, named in If-Match when saving
let theirs = null; // {units, version}: the list as it is now, fetched after a conflict
let busy = false;
let made = 0; // numbers the entries, so that every field has an id of its own

// Starting

async function start() {
  problem.hidden = true;
  if (!hasRole('admin')) {
    refuse();
    return;
  }
  refused.hidden = true;
  const { recording } = await pageConfig().catch(() => ({ recording: true }));
  if (!recording) {
    showProblem('Editing the units list is turned off on this server: it keeps who changed what in the database, '
      + 'which this server was started without (--record off). The list can still be edited in units.yaml.');
    return;
  }
  content.setAttribute('aria-busy', 'true');
  try {
    const { body, version: current } = await apiGetVersioned('/api/units');
    hideConflict();
    showList(body.units, current);
    say('');
    content.hidden = false;
  } catch (error) {
    showProblem('The units list could not be loaded. ' + error.message);
  } finally {
    content.removeAttribute('aria-busy');
  }
}

/** Anyone without the admin role is told who may change the list, and how to sign in when they are not. */
function refuse() {
  content.hidden = true;
  entries.replaceChildren();
  hideConflict();
  refused.hidden = false;
  document.getElementById('units-refusal').textContent = isStaff()
    ? 'You are signed in as IT staff; changing the units list needs the admin role. Ask whoever gives out staff '
      + 'tokens for an admin token. The units and their point people are shown on the report page.'
    : 'The units list is kept up to date by IT staff with the admin role. Sign in with your staff token to change it.';
  document.getElementById('units-sign-in-row').hidden = isStaff();
}

function showProblem(text) {
  content.hidden = true;
  problem.textContent = text;
  problem.hidden = false;
  problem.focus();
}

// The list in the form

/** Fills the form with `units`, as of `listVersion`; the field that had the focus keeps it. */
function showList(units, listVersion) {
  const focused = focusedField();
  version = listVersion;
  entries.replaceChildren(...units.map(entry));
  updateCount();
  if (focused) restoreFocus(focused);
}

/** One unit: a fieldset named by the unit, its five fields, and a button to remove it. */
function entry(unit = {}) {
  const number = ++made;
  const legendId = `unit-${number}-legend`;
  const legend = el('legend', { id: legendId }, unit.name || UNNAMED);
  const fields = FIELDS.map(([name, label]) => {
    const id = `unit-${number}-${name}`;
    const required = name in REQUIRED;
    return el('div', { class: `field unit-field unit-field-${name}` },
      el('label', { for: id }, label, required ? null : el('span', { class: 'optional' }, ' (optional)')),
      el('p', { class: 'error field-error', id: id + '-error', hidden: true }),
      el('input', {
        type: 'text', id, name, value: unit[name] ?? '', maxlength: MAX_VALUE, autocomplete: 'off', required,
        'aria-describedby': id + '-error',
      }));
  });
  const remove = el('button', {
    type: 'button', class: 'button button-quiet button-delete unit-remove', 'aria-describedby': legendId,
  }, 'Remove this unit');
  const box = el('fieldset', { class: 'unit-entry' },
    legend,
    el('div', { class: 'unit-fields' }, ...fields),
    el('p', { class: 'unit-entry-actions' }, remove));
  box.querySelector('input[name="name"]').addEventListener('input', (event) => {
    legend.textContent = event.target.value.trim() || UNNAMED;
  });
  remove.addEventListener('click', () => removeEntry(box));
  return box;
}

/** Adds an empty unit at the end and puts the focus in its name. */
function addEntry() {
  const box = entry();
  entries.append(box);
  updateCount();
  box.querySelector('input').focus();
}

/**
 * Takes a unit out of the list, leaving in its place a line that says so with "Undo", which puts it back as
 * it was. Nothing changes in units.yaml until the list is saved.
 */
function removeEntry(box) {
  const name = box.querySelector('input[name="name"]').value.trim();
  const undo = el('button', { type: 'button', class: 'link-button unit-undo' }, 'Undo');
  const removed = el('p', { class: 'unit-removed' },
    name ? `“${name}” is taken out of the list; saving removes it.` : 'An unnamed unit is taken out of the list.',
    ' ', undo);
  undo.addEventListener('click', () => {
    removed.replaceWith(box);
    updateCount();
    box.querySelector('.unit-remove').focus();
  });
  box.replaceWith(removed);
  updateCount();
  undo.focus();
}

function units() {
  return [...entries.querySelectorAll('.unit-entry')].map((box) => Object.fromEntries(
    FIELDS.map(([name]) => [name, box.querySelector(`input[name="${name}"]`).value.trim()])));
}

function updateCount() {
  const count = entries.querySelectorAll('.unit-entry').length;
  countLine.textContent = count === 1 ? '1 unit' : `${count} units`;
  if (!count && !entries.querySelector('.unit-removed')) {
    entries.replaceChildren(el('p', { class: 'insights-empty units-none' },
      'No units yet. Add the first one: the report page asks about units once there are some.'));
  } else if (count) {
    entries.querySelector('.units-none')?.remove();
  }
}

/** Where the focus is, as {index of the unit, field name}, when it is in a unit's field. */
function focusedField() {
  const input = document.activeElement;
  const box = input?.closest?.('.unit-entry');
  if (!box || !entries.contains(box)) return null;
  return { index: [...entries.querySelectorAll('.unit-entry')].indexOf(box), name: input.name };
}

function restoreFocus({ index, name }) {
  const box = entries.querySelectorAll('.unit-entry')[index];
  (box?.querySelector(`input[name="${name}"]`) ?? saveButton).focus();
}

// Messages and errors

/** Marks the required fields left empty, each with what to do beside it, and focuses the first; true if none. */
function requiredFilledIn() {
  const empty = [...entries.querySelectorAll('.unit-entry input')]
    .filter((input) => input.name in REQUIRED && !input.value.trim());
  for (const input of empty) {
    const error = document.getElementById(input.id + '-error');
    error.textContent = REQUIRED[input.name];
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
  }
  if (!empty.length) return true;
  sayError(`Not saved: ${empty.length === 1 ? 'a field needs' : empty.length + ' fields need'} filling in.`);
  empty[0].focus();
  return false;
}

// Saving

async function save() {
  clearErrors();
  if (!requiredFilledIn()) return;
  const list = units();
  setBusy(true);
  say('Saving…');
  try {
    const { body, version: saved } = await apiWriteVersioned('PUT', '/api/units', { units: list }, version);
    hideConflict();
    showList(body.units, saved);
    const count = body.units.length;
    say(`Saved at ${timeNow()}: ${count === 1 ? '1 unit' : count + ' units'}. The report page offers them now.`);
    if (!form.contains(document.activeElement)) message.focus();
  } catch (error) {
    if (error.status === 409 && !(await changedOnDisk())) {
      // Not someone else's change: the file has entries the list cannot show, which a save would lose.
      sayError('The list was not saved. ' + error.message);
    } else if (error.status === 409) {
      say('');
      showConflict();
    } else {
      sayError('The list was not saved. ' + error.message);
    }
  } finally {
    setBusy(false);
  }
}

/** Whether units.yaml is no longer the version the form was filled from; true when that cannot be told. */
async function changedOnDisk() {
  try {
    return (await apiGetVersioned('/api/units')).version !== version;
  } catch {
    return true;
  }
}

function setBusy(value) {
  busy = value;
  if (value) form.setAttribute('aria-busy', 'true');
  else form.removeAttribute('aria-busy');
  saveButton.disabled = value;
  addButton.disabled = value;
  keepMineButton.disabled = value || !theirs;
  loadTheirsButton.disabled = value;
}

function timeNow() {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date());
}

// A conflict: units.yaml changed since the form was filled

/** Says what happened, shows the list as it is now, and waits for the admin to choose; the form stays as it is. */
function showConflict() {
  conflictPanel.hidden = false;
  conflictPanel.focus();
  fetchTheirs();
}

async function fetchTheirs() {
  theirs = null;
  keepMineButton.disabled = true;
  theirsBox.setAttribute('aria-busy', 'true');
  theirsBox.replaceChildren(el('p', { class: 'hint' }, 'Looking up the list as it is now…'));
  try {
    const { body, version: current } = await apiGetVersioned('/api/units');
    theirs = { units: body.units, version: current };
    theirsBox.replaceChildren(theirList(body.units));
    keepMineButton.disabled = busy;
  } catch (error) {
    theirsBox.replaceChildren(el('p', { class: 'error', role: 'alert' },
      'The list as it is now could not be loaded. ' + error.message, ' ',
      el('button', { type: 'button', class: 'link-button', onclick: fetchTheirs }, 'Try again')));
  } finally {
    theirsBox.removeAttribute('aria-busy');
  }
}

/** Their list, read only: one row a unit. */
function theirList(list) {
  if (!list.length) return el('p', {}, 'Their list has no units.');
  return el('div', { class: 'table-scroll', role: 'region', 'aria-label': 'The list as it is now', tabindex: '0' },
    el('table', { class: 'conflict-table units-theirs-table' },
      el('caption', {}, `The list as it is now (${list.length === 1 ? '1 unit' : list.length + ' units'})`),
      el('thead', {}, el('tr', {}, ...FIELDS.map(([, label]) => el('th', { scope: 'col' }, label)))),
      el('tbody', {}, ...list.map((unit) => el('tr', {},
        ...FIELDS.map(([name, label], i) => i === 0
          ? el('th', { scope: 'row' }, unit.name)
          : el('td', { 'data-label': label }, unit[name] || '–')))))));
}

function hideConflict() {
  theirs = null;
  conflictPanel.hidden = true;
  theirsBox.replaceChildren();
}

/** Puts their list in the form, in place of the admin's unsaved changes. */
async function loadTheirs() {
  if (!theirs) await fetchTheirs();
  if (!theirs) return;
  const { units: list, version: current } = theirs;
  hideConflict();
  clearErrors();
  showList(list, current);
  say('Their list is in the form now; your unsaved changes were dropped.');
  message.focus();
}

/** Saves the form over their list, naming it: the admin has seen it and chose theirs to go. */
function keepMine() {
  if (!theirs || busy) return;
  version = theirs.version;
  save();
}

// Wiring

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!busy) save();
});
addButton.addEventListener('click', addEntry);
loadTheirsButton.addEventListener('click', loadTheirs);
keepMineButton.addEventListener('click', keepMine);
document.getElementById('units-sign-in').addEventListener('click', () => document.getElementById('staff-sign-in')?.click());
window.addEventListener('fixbank:staff', start);
staffModeKnown.then(start);
