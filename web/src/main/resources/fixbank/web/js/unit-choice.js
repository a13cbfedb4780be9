// "Which unit are you on?" on the report page: asked once and remembered in this browser (localStorage, since a
// ward's computer stays on the ward), then shown as "Your unit: … Change", with the unit's IT point person
// beside the form. The units come from GET /api/units; when there are none, or they cannot be fetched, nothing
// is shown and the page works as it does without units.
import { apiGet } from './api.js';
import { el } from './dom.js';

const KEY = 'fixbank.unit';
const OTHER = 'other'; // the value of "Not on a unit / other"; units are offered by their place in the list

const layout = document.getElementById('report-layout');
const area = document.getElementById('unit-area');
const form = document.getElementById('unit-form');
const choice = document.getElementById('unit-choice');
const error = document.getElementById('unit-error');
const current = document.getElementById('unit-current');
const pointPerson = document.getElementById('point-person');

/**
 * Sets the question up and answers with a function giving the chosen unit's name, or null (no unit chosen,
 * not on a unit, or no units at all). `onChange` is called when the reader chooses again.
 */
export async function unitChoice(onChange) {
  let units;
  try {
    units = (await apiGet('/api/units')).units ?? [];
  } catch {
    units = [];
  }
  if (!units.length) return () => null;

  // undefined: not answered yet; null: not on a unit; else the unit, as the server lists it now
  let chosen = remembered(units);
  choice.replaceChildren(
    el('option', { value: '' }, 'Choose your unit'),
    ...units.map((unit, index) => el('option', { value: String(index) }, unit.name)),
    el('option', { value: OTHER }, 'Not on a unit / other'));
  layout.classList.add('with-unit');
  area.hidden = false;
  pointPerson.hidden = false;

  function show() {
    const answered = chosen !== undefined;
    form.hidden = answered;
    current.hidden = !answered;
    error.hidden = true;
    choice.removeAttribute('aria-invalid');
    if (answered) {
      current.replaceChildren('Your unit: ', el('strong', {}, chosen ? chosen.name : 'not on a unit'), ' ',
        el('button', { type: 'button', class: 'link-button', id: 'unit-change', onclick: ask }, 'Change'));
    }
    pointPerson.replaceChildren(...(chosen ? contactOf(chosen) : []));
  }

  function ask() {
    choice.value = chosen ? String(units.indexOf(chosen)) : chosen === null ? OTHER : '';
    form.hidden = false;
    current.hidden = true;
    choice.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!choice.value) {
      error.hidden = false;
      choice.setAttribute('aria-invalid', 'true');
      choice.focus();
      return;
    }
    chosen = choice.value === OTHER ? null : units[Number(choice.value)];
    remember(chosen);
    show();
    current.focus();
    onChange();
  });

  show();
  return () => chosen?.name ?? null;
}

/** The unit this browser was told before, if the server still lists it (names in any letter case). */
function remembered(units) {
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem(KEY));
  } catch {
    return undefined; // storage refused or damaged: ask again
  }
  if (!saved || !('unit' in saved)) return undefined;
  if (saved.unit === null) return null;
  const name = String(saved.unit).toLowerCase();
  return units.find((unit) => unit.name.toLowerCase() === name);
}

function remember(unit) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ unit: unit ? unit.name : null }));
  } catch {
    // Storage refused (a locked-down browser): the choice holds for this page only.
  }
}

/** "Your IT point person: …" with how to reach them, when, and who to go to when they cannot be reached. */
function contactOf(unit) {
  const details = [
    ['Phone or bleep', unit.phone],
    ['Hours', unit.hours],
    ['If they cannot be reached', unit.escalation],
  ].filter(([, value]) => value);
  return [
    el('p', { class: 'point-person-name' }, 'Your IT point person: ', el('strong', {}, unit.contact)),
    ...details.map(([term, value]) => el('p', { class: 'point-person-detail' }, el('span', {}, term + ':'), ' ', value)),
  ];
}
