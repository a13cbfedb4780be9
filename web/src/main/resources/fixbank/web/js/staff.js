// Staff mode and the staff area in every page's header, set up when the layout loads this module. Staff mode
// is what the server says of the stored token (GET /api/me), not that a token is stored: a token it refuses
// is forgotten, and the page says so. Signing in or out fires a 'fixbank:staff' event on window so the page
// can load again with or without internal articles.
import { whoAmI } from './api.js';
import { el } from './dom.js';
import { forgetStaffToken, staffToken, storeStaffToken } from './staff-token.js';

const ANONYMOUS = { signedIn: false, name: null, roles: [] };
const STAFF = 'staff';

const area = document.getElementById('staff-area');
const notice = document.getElementById('staff-notice');
let me = ANONYMOUS;

/** Whether the server accepted the stored token as a member of IT staff's. */
export function isStaff() {
  return me.signedIn && me.roles.includes(STAFF);
}

/** Whether the signed-in caller holds {@code role} (editor, reviewer, admin), roles including those below. */
export function hasRole(role) {
  return me.signedIn && me.roles.includes(role);
}

/** The name the server gives the signed-in caller (as the audit log and a revision's authors name them), or null. */
export function signedInName() {
  return me.signedIn ? me.name : null;
}

/** Settles once the server has said whose the stored token is; pages wait for it before they call the API. */
export const staffModeKnown = identify();

async function identify() {
  if (staffToken()) {
    try {
      me = await whoAmI();
      if (!isStaff()) refuseStoredToken();
    } catch (error) {
      if (error.status === 401) {
        refuseStoredToken();
      } else {
        notice.textContent = 'Staff mode is off for now: ' + error.message;
      }
    }
  }
  render();
}

function refuseStoredToken() {
  forgetStaffToken();
  me = ANONYMOUS;
  notice.textContent = 'Your staff token is no longer accepted, so you have been signed out. '
    + 'Sign in again with a valid token to see internal articles.';
}

function render() {
  document.body.classList.toggle('staff-mode', isStaff());
  for (const entry of document.querySelectorAll('.site-nav [data-role]')) {
    entry.hidden = !me.roles.includes(entry.dataset.role);
  }
  area.replaceChildren(isStaff() ? signedIn() : signedOut());
}

function changed() {
  render();
  window.dispatchEvent(new Event('fixbank:staff'));
}

function signedIn() {
  return el('div', { class: 'staff-status' },
    el('span', { class: 'staff-label' }, 'Staff mode'),
    el('span', { class: 'staff-name', id: 'staff-name' }, 'Signed in as ' + me.name),
    el('button', {
      type: 'button', class: 'link-button', id: 'staff-sign-out',
      onclick: () => {
        forgetStaffToken();
        me = ANONYMOUS;
        changed();
        document.getElementById('staff-sign-in').focus();
      },
    }, 'Sign out'));
}

function signedOut() {
  const message = el('p', { class: 'staff-message', id: 'staff-message', role: 'alert' });
  const token = el('input', {
    type: 'password', id: 'staff-token', name: 'token', autocomplete: 'off', required: true,
    'aria-describedby': 'staff-message',
  });
  const form = el('form', { class: 'staff-form', id: 'staff-form', hidden: true },
    el('label', { for: 'staff-token' }, 'Staff token'),
    token,
    el('button', { type: 'submit', class: 'button' }, 'Sign in'),
    message);
  const show = (shown) => {
    form.hidden = !shown;
    toggle.setAttribute('aria-expanded', String(shown));
  };
  const toggle = el('button', {
    type: 'button', class: 'link-button', id: 'staff-sign-in', 'aria-expanded': 'false', 'aria-controls': 'staff-form',
    onclick: () => {
      show(form.hidden);
      if (!form.hidden) token.focus();
    },
  }, 'Staff sign-in');
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      show(false);
      toggle.focus();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = 'Checking…';
    const refusal = await signIn(token.value.trim());
    if (refusal) {
      message.textContent = refusal;
      token.select();
      return;
    }
    notice.textContent = '';
    changed();
    document.getElementById('staff-sign-out').focus();
  });
  return el('div', { class: 'staff-signed-out' }, toggle, form);
}

/** Keeps the token if the server takes it for IT staff; otherwise says why not. */
async function signIn(token) {
  let answer;
  try {
    answer = await whoAmI(token);
  } catch (error) {
    return error.status === 401 ? 'That token was not accepted. Check it and try again.' : error.message;
  }
  if (!answer.roles.includes(STAFF)) return 'That token is not for IT staff.';
  storeStaffToken(token);
  me = answer;
  return null;
}
