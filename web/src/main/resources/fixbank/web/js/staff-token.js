// The staff token lives in sessionStorage only: it is gone when the browser tab closes.
const KEY = 'fixbank.staffToken';

export function staffToken() {
  return sessionStorage.getItem(KEY);
}

export function storeStaffToken(token) {
  sessionStorage.setItem(KEY, token);
}

export function forgetStaffToken() {
  sessionStorage.removeItem(KEY);
}
