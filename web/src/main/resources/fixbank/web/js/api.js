// Calls to the Fixbank API from the pages, with the staff token when one is stored.
import { staffToken } from './staff-token.js';

/**
 * A failed call: status 0 when the server could not be reached; field names the parameter at fault, and
 * answer is the error's whole JSON body (a 409 from the editing endpoints carries both versions in it).
 */
export class ApiFailure extends Error {
  constructor(status, message, field, answer = null) {
    super(message);
    this.status = status;
    this.field = field;
    this.answer = answer;
  }
}

export function apiGet(path, params = {}, signal) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, value);
  }
  const encoded = query.toString();
  return call(encoded ? path + '?' + encoded : path, { signal });
}

export function apiPost(path, body, signal) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

export function apiDelete(path, signal) {
  return call(path, { method: 'DELETE', signal });
}

/** `prefix`, the article's id with each of its segments encoded and its slashes kept, and `suffix`. */
export function articlePath(prefix, id, suffix = '') {
  return prefix + id.split('/').map(encodeURIComponent).join('/') + suffix;
}

/**
 * A write to the editing endpoints: `method` on `path` with `body` as JSON (null for none), naming in
 * If-Match the version of the article it was based on, when one is given, so nobody's save is overwritten.
 */
export function apiWrite(method, path, body, version) {
  return call(path, writing(method, body, version));
}

/**
 * apiGet for an answer a later write will be based on: answers {body, version}, the version being the
 * answer's ETag without its quotes (null when it has none), as apiWrite and apiWriteVersioned name it.
 */
export async function apiGetVersioned(path) {
  const { body, response } = await exchange(path, {});
  return { body, version: versionOf(response) };
}

/** apiWrite answering {body, version}: the version of what was written, from the answer's ETag. */
export async function apiWriteVersioned(method, path, body, version) {
  const { body: answer, response } = await exchange(path, writing(method, body, version));
  return { body: answer, version: versionOf(response) };
}

function writing(method, body, version) {
  const headers = {};
  if (body !== null && body !== undefined) headers['Content-Type'] = 'application/json';
  if (version) headers['If-Match'] = '"' + version + '"';
  return { method, headers, body: body === null || body === undefined ? undefined : JSON.stringify(body) };
}

/** The version an ETag names: `"v"` or `W/"v"` gives v. */
function versionOf(response) {
  const tag = response.headers.get('ETag');
  return tag ? tag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1') : null;
}

/** Posts `body` so that it is sent even as the page closes; nothing is waited for or reported. */
export function postAsThePageCloses(path, body) {
  const token = staffToken();
  fetch(path, {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
    body: JSON.stringify(body),
  }).catch(() => {});
}

/** A CSV export of an API answer, as a Blob, fetched with the staff token (a plain link could not send it). */
export async function apiDownload(path, params = {}) {
  const query = new URLSearchParams({ format: 'csv' });
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, value);
  }
  const token = staffToken();
  const init = token ? { headers: { Authorization: 'Bearer ' + token } } : {};
  let response;
  try {
    response = await fetch(path + '?' + query, init);
  } catch {
    throw new ApiFailure(0, 'The knowledge bank could not be reached. Check the network and try again.');
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiFailure(response.status, explain(response.status, body), body?.field);
  }
  return response.blob();
}

let config;

/** What the server says of its settings, asked once per page (again after a failure): {ticketUrl, recording}. */
export function pageConfig() {
  config ??= call('/api/config', {}).catch((error) => {
    config = undefined;
    throw error;
  });
  return config;
}

/** Who the server takes the holder of `token` to be, the stored token unless another is given: {signedIn, name, roles}. */
export function whoAmI(token = staffToken()) {
  return call('/api/me', {}, token);
}

async function call(address, init, token = staffToken()) {
  return (await exchange(address, init, token)).body;
}

/** The answer's JSON body and the response it came in; a failure is thrown as an ApiFailure. */
async function exchange(address, init, token = staffToken()) {
  if (token) init.headers = { ...init.headers, Authorization: 'Bearer ' + token };
  let response;
  try {
    response = await fetch(address, init);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiFailure(0, 'The knowledge bank could not be reached. Check the network and try again.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiFailure(response.status, explain(response.status, body), body?.field, body);
  }
  return { body, response };
}

function explain(status, body) {
  if (status === 401) return 'Your staff token was not accepted. Sign out, or sign in again with a valid token.';
  // Over a rate limit, the server says what and in how many seconds to try again.
  if (status === 429) return body?.error ? sentence(body.error) : 'Too many requests. Please wait a minute and try again.';
  // While it starts, the server says so and when to try again; other server errors carry nothing to show.
  if (status === 503 && body?.error) return sentence(body.error);
  if (status >= 500 || !body || !body.error) return 'Something went wrong on the server. Please try again in a moment.';
  return sentence(body.error);
}

function sentence(text) {
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
