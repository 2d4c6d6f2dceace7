// The admin API: bearer token kept for this browser tab (sessionStorage), 401 signs out.
const TOKEN_KEY = 'scimtool.token';
const listeners = new Set();

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Called with no arguments when the server refuses the token. */
export function onUnauthorized(listener) {
  listeners.add(listener);
}

export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.error)) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

/** JSON request to /api; rejects with ApiError (status, parsed body) unless 2xx. */
export async function api(path, { method = 'GET', body, auth = token.get() } = {}) {
  const headers = { Accept: 'application/json' };
  if (auth) headers.Authorization = `Bearer ${auth}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`api/${path}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch { parsed = { error: text }; }
  if (response.status === 401 && auth === token.get()) listeners.forEach((l) => l());
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed;
}

/** Query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The live activity stream (Server-Sent Events) read with fetch, so the token travels in the
 * Authorization header and never in a URL. Reconnects with Last-Event-ID; reports its state.
 */
export function liveStream({ onEvent, onState }) {
  let lastId = null;
  let stopped = false;
  let controller = null;
  let retry = 1000;

  async function connect() {
    if (stopped) return;
    onState('connecting');
    controller = new AbortController();
    try {
      const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${token.get()}` };
      if (lastId) headers['Last-Event-ID'] = lastId;
      const response = await fetch('api/activity/stream', { headers, signal: controller.signal, cache: 'no-store' });
      if (response.status === 401) { listeners.forEach((l) => l()); return; }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      onState('live');
      retry = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      if (stopped) return;
    }
    if (!stopped) {
      onState('offline');
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 15000);
    }
  }

  function dispatch(block) {
    let name = 'message';
    let id = null;
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue; // comment (heartbeat)
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') name = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (id) lastId = id;
    if (name === 'activity' && data.length) {
      try { onEvent(JSON.parse(data.join('\n'))); } catch { /* a malformed event is skipped */ }
    }
  }

  connect();
  return { stop() { stopped = true; if (controller) controller.abort(); } };
}
