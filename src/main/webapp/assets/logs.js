// Raw request log: filters (run by the server before paging), table, detail, clear.
import { api, query } from './api.js';
import { $, confirmAction, copyButton, debounce, el, formValues, pager, pretty, shortTime, showDialog, toast } from './ui.js';

const PAGE = 50;
let section;
let form;
let latest = 0; // answers to superseded requests are dropped

export function init(root) {
  section = root;
  form = $('#log-filters', root);
  const changed = debounce(() => load(1), 250);
  form.addEventListener('input', changed);
  // Text boxes report through 'input'; their 'change' on blur would only reload again.
  form.addEventListener('change', (e) => { if (e.target.tagName === 'SELECT' || e.target.type === 'checkbox') changed(); });
  form.addEventListener('submit', (e) => e.preventDefault());
  $('#logs-clear', root).addEventListener('click', clear);
}

export function show() { load(1); }

async function load(page) {
  const f = formValues(form);
  const params = { ...f, hideKeepalive: f.hideKeepalive ? 'true' : '', page, pageSize: PAGE };
  const ticket = ++latest;
  const result = await api(`logs${query(params)}`);
  if (ticket !== latest) return;
  const body = $('#logs-table tbody', section);
  body.replaceChildren(...result.items.map(row));
  if (!result.items.length) {
    body.replaceChildren(el('tr', {}, el('td.empty', { colspan: 6 }, 'No requests match.')));
  }
  pager($('#logs-pager', section), result, load);
}

function row(entry) {
  const open = () => detail(entry.id);
  const ok = entry.status < 400;
  return el('tr.clickable', {
    tabindex: 0, 'data-id': entry.id, 'aria-label': `${entry.method} ${entry.path} ${entry.status}, open details`,
    onclick: open, onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } },
  },
  el('td', {}, el('time', { datetime: entry.receivedAt }, shortTime(entry.receivedAt))),
  el('td', {}, entry.method),
  el('td', {}, el(`span.status-code.${ok ? 'status-ok' : 'status-bad'}`, {}, entry.status)),
  el('td', {}, `${entry.durationMs} ms`),
  el('td', {}, entry.identifier || ''),
  el('td.path', {}, entry.path + (entry.query ? `?${decodeQuery(entry.query)}` : '')));
}

function decodeQuery(q) {
  try { return decodeURIComponent(q.replace(/\+/g, ' ')); } catch { return q; }
}

async function detail(id) {
  const d = await api(`logs/${encodeURIComponent(id)}`);
  const s = d.summary;
  const block = (title, text) => [
    el('h3', {}, title, text ? copyButton(() => text) : null),
    text ? el('pre', { tabindex: 0 }, text) : el('p.muted', {}, '(none)'),
  ];
  const requestBody = pretty(d.requestBody);
  const responseBody = pretty(d.responseBody);
  showDialog(`${s.method} ${s.status} · ${s.path}`,
    el('dl.kv', {},
      el('dt', {}, 'Received'), el('dd', {}, new Date(s.receivedAt).toLocaleString()),
      el('dt', {}, 'Duration'), el('dd', {}, `${s.durationMs} ms`),
      el('dt', {}, 'Query'), el('dd.mono', {}, s.query ? decodeQuery(s.query) : '—'),
      el('dt', {}, 'Identifier'), el('dd', {}, s.identifier || '—'),
      el('dt', {}, 'Request id'), el('dd.mono', {}, s.correlationId),
      s.truncated ? [el('dt', {}, 'Note'), el('dd', {}, 'Bodies were truncated to the configured size.')] : null),
    block('Request headers', d.requestHeaders),
    block('Request body', requestBody),
    block('Response headers', d.responseHeaders),
    block('Response body', responseBody));
}

async function clear() {
  if (!(await confirmAction('Clear the request log?', 'Every recorded request is deleted. This cannot be undone.', 'Clear log'))) return;
  const result = await api('logs', { method: 'DELETE' });
  toast(`${result.deleted} entries deleted`);
  load(1);
}
