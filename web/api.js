// The only place the UI talks to the server: JSON requests, the Server-Sent
// Events stream of POST /api/ask, and multipart uploads with progress. Every
// failure becomes an ApiError carrying the HTTP status and the server's
// {"error": {"code", "message"}}; a 401 is also announced to the app (so it
// can show the login screen) through the handler set with onUnauthorized.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let unauthorizedHandler = () => {};
export function onUnauthorized(handler) { unauthorizedHandler = handler; }

function errorFrom(status, body, fallback) {
  const err = body && body.error;
  const error = new ApiError(status, (err && err.code) || 'http_' + status,
                             (err && err.message) || fallback || 'HTTP ' + status);
  return error;
}

async function failure(res, { quiet401 = false } = {}) {
  const body = await res.json().catch(() => null);
  const error = errorFrom(res.status, body, res.statusText);
  if (res.status === 401 && !quiet401) unauthorizedHandler(error);
  return error;
}

// JSON request. `body` (an object) is sent as JSON. Resolves to the parsed
// response (null for an empty one).
export async function request(method, path, body, options = {}) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (cause) {
    throw new ApiError(0, 'network', cause.message);
  }
  if (!res.ok) throw await failure(res, options);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

export const get = (path, options) => request('GET', path, undefined, options);
export const post = (path, body, options) => request('POST', path, body, options);
export const del = (path, options) => request('DELETE', path, undefined, options);

// An array value repeats its key (category=a&category=b).
export function query(params) {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') out.append(key, v);
    }
  }
  return out.toString();
}

export const kbPath = (kb) => '/api/kb/' + encodeURIComponent(kb);

// Splits a text/event-stream body into {event, data} records as bytes
// arrive; `data` is the joined data lines, parsed as JSON when it is JSON.
export async function* readEvents(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  const parse = (block) => {
    let event = 'message';
    const data = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;  // comment / keep-alive
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (!data.length && event === 'message') return null;
    const raw = data.join('\n');
    let parsed = raw;
    try { parsed = raw ? JSON.parse(raw) : null; } catch { /* plain text data */ }
    return { event, data: parsed };
  };
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
    let split;
    while ((split = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, split);
      buffer = buffer.slice(split).replace(/^\r?\n\r?\n/, '');
      const record = parse(block);
      if (record) yield record;
    }
    if (done) break;
  }
  const last = buffer.trim() ? parse(buffer) : null;
  if (last) yield last;
}

// POST with a JSON body whose answer is an event stream; yields its events.
export async function* postStream(path, body, signal) {
  let res;
  try {
    res = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause.message);
  }
  if (!res.ok) throw await failure(res);
  const type = res.headers.get('Content-Type') || '';
  if (!type.startsWith('text/event-stream')) {
    // A server that answered in one piece: hand it over as a final event.
    yield { event: 'done', data: await res.json() };
    return;
  }
  yield* readEvents(res.body);
}

// POST with a JSON body whose answer is a file (an exported draft);
// resolves to its Blob.
export async function postBlob(path, body) {
  let res;
  try {
    res = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause.message);
  }
  if (!res.ok) throw await failure(res);
  return res.blob();
}

// Uploads one file as the multipart part "files". onProgress(fraction) is
// called while the bytes go out. Resolves to the parsed JSON answer.
export function uploadFile(kb, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', kbPath(kb) + '/documents');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body);
        return;
      }
      const error = errorFrom(xhr.status, body, xhr.statusText);
      if (xhr.status === 401) unauthorizedHandler(error);
      reject(error);
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'network', 'network error')));
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}
