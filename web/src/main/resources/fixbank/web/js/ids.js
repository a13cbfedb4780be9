// The random ids the pages make so the server can tie one person's steps together without knowing who they
// are: a journey (one draft ticket), a search (one burst of typing) and a session key (one browser, so
// repeated clicks on "Yes" or "No" count once).
const SESSION_KEY = 'fixbank.session';
const ID = /^[A-Za-z0-9_-]{16,64}$/;

/** 16 random bytes as base64url: 22 characters the server accepts as an id. */
export function newId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `value` if it is a well-formed id, otherwise undefined (so it is left out of a request). */
export function validId(value) {
  return typeof value === 'string' && ID.test(value) ? value : undefined;
}

/** The id named `name` in this page's address, as the report and search pages add them to article links. */
export function idFromAddress(name) {
  return validId(new URLSearchParams(location.search).get(name));
}

/** `href` with `name=id` added to its query, or `href` itself when there is no id. */
export function withId(href, name, id) {
  if (!id) return href;
  const address = new URL(href, location.origin);
  address.searchParams.set(name, id);
  return address.origin === location.origin ? address.pathname + address.search + address.hash : address.href;
}

/** One random key per browser, kept until the browser's site data is cleared; none where storage is refused. */
export function sessionKey() {
  try {
    let key = validId(localStorage.getItem(SESSION_KEY));
    if (!key) {
      key = newId();
      localStorage.setItem(SESSION_KEY, key);
    }
    return key;
  } catch {
    return undefined;
  }
}
