// The staff sign-in in every page's header. Signing in or out fires a 'fixbank:staff' event on window
// so the page can load again with or without internal articles.
import { el } from './dom.js';
import { forgetStaffToken, staffToken, storeStaffToken } from './staff-token.js';

export function isStaff() {
  return Boolean(staffToken());
}

export function setUpStaffArea() {
  const area = document.getElementById('staff-area');
  render(area);
}

function render(area) {
  document.body.classList.toggle('staff-mode', isStaff());
  area.replaceChildren(isStaff() ? signedIn(area) : signedOut(area));
}

function changed(area) {
  render(area);
  window.dispatchEvent(new Event('fixbank:staff'));
}

function signedIn(area) {
  return el('div', { class: 'staff-status' },
    el('span', { class: 'staff-label' }, 'Staff mode'),
    el('button', {
      type: 'button', class: 'link-button', id: 'staff-sign-out',
      onclick: () => { forgetStaffToken(); changed(area); document.getElementById('staff-sign-in').focus(); },
    }, 'Sign out'));
}

function signedOut(area) {
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
    const verdict = await check(token.value.trim());
    if (verdict === 'ok') {
      storeStaffToken(token.value.trim());
      changed(area);
      document.getElementById('staff-sign-out').focus();
    } else {
      message.textContent = verdict;
      token.select();
    }
  });
  return el('div', { class: 'staff-signed-out' }, toggle, form);
}

async function check(token) {
  try {
    const response = await fetch('/api/health', { headers: { Authorization: 'Bearer ' + token } });
    if (response.ok) return 'ok';
    if (response.status === 401) return 'That token was not accepted. Check it and try again.';
    return 'Signing in failed. Please try again in a moment.';
  } catch {
    return 'The knowledge bank could not be reached. Check the network and try again.';
  }
}
