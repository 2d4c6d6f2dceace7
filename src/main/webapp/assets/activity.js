// Activity feed: summary cards, 24-hour chart, event cards, filters, live updates.
import { api, query } from './api.js';
import { $, debounce, el, formValues, timeEl } from './ui.js';

const PAGE = 50;
// Line icons as SVG path data (24×24, stroked): no icon font, no emoji (absent on many servers).
const PATHS = {
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  group: 'M9 11.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2 20c0-3.5 3-5.5 7-5.5s7 2 7 5.5M17 11.5a2.5 2.5 0 1 0 0-5M18 14.5c2.5.4 4 2 4 4.5',
  edit: 'M4 20h4L19 9l-4-4L4 16z',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  pause: 'M8 5v14M16 5v14',
  play: 'M7 5l12 7-12 7z',
  warning: 'M12 3 2 21h20zM12 10v5M12 18v.5',
  lock: 'M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4',
  pulse: 'M3 12h4l3-7 4 14 3-7h4',
  dot: 'M12 11v2',
};
const ICONS = {
  user: { created: 'user', updated: 'edit', deactivated: 'pause', reactivated: 'play', deleted: 'trash', failed: 'warning' },
  group: { created: 'group', renamed: 'edit', updated: 'edit', members_added: 'plus', members_removed: 'minus', deleted: 'trash', failed: 'warning' },
  system: { keepalive: 'pulse', rejected: 'lock', failed: 'warning' },
};

function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name] || PATHS.dot);
  svg.append(path);
  return svg;
}

const SEVERITIES = ['success', 'info', 'warning', 'error'];

let section;
let form;
let page = 1;
let filters = {};
let refreshSummarySoon;
let latest = 0; // answers to superseded requests are dropped

export function init(root) {
  section = root;
  form = $('#activity-filters', root);
  const changed = debounce(() => reload(), 250);
  form.addEventListener('input', changed);
  // Text boxes report through 'input'; their 'change' on blur would only reload again.
  form.addEventListener('change', (e) => { if (e.target.tagName === 'SELECT' || e.target.type === 'checkbox') changed(); });
  form.addEventListener('submit', (e) => e.preventDefault());
  $('#activity-more', root).addEventListener('click', () => load(page + 1));
  refreshSummarySoon = debounce(loadSummary, 1500);
  reload();
}

export function show() { loadSummary(); }

function reload() {
  filters = formValues(form);
  load(1);
  loadSummary();
}

async function load(next) {
  const params = { ...filters, hideKeepalive: filters.hideKeepalive ? 'true' : '', page: next, pageSize: PAGE };
  const ticket = ++latest;
  const result = await api(`activity${query(params)}`);
  if (ticket !== latest) return;
  page = next;
  const list = $('#events', section);
  const items = result.items.map((e) => card(e, false));
  if (next === 1) list.replaceChildren(...items); else list.append(...items);
  if (result.total === 0) list.replaceChildren(el('li.empty', {}, 'No activity matches. Provision something from your identity provider, or clear the filters.'));
  $('#activity-count', section).textContent = `${result.total} event${result.total === 1 ? '' : 's'}`;
  $('#activity-more', section).hidden = page * PAGE >= result.total;
}

/** An event from the live stream: shown at the top if it passes the current filters. */
export function live(event) {
  if (!section) return;
  refreshSummarySoon();
  if (!matches(event)) return;
  const list = $('#events', section);
  const empty = $('.empty', list);
  if (empty) empty.remove();
  list.prepend(card(event, true));
  const count = $('#activity-count', section);
  const n = parseInt(count.textContent, 10) || 0;
  count.textContent = `${n + 1} event${n + 1 === 1 ? '' : 's'}`;
}

function matches(event) {
  if (filters.type && event.type !== filters.type) return false;
  if (filters.severity && event.severity !== filters.severity) return false;
  if (filters.hideKeepalive && event.keepalive) return false;
  if (filters.search) {
    const text = [event.message, event.resourceName, ...(event.details || []), ...(event.members || [])]
      .join(' ').toLowerCase();
    if (!text.includes(filters.search.toLowerCase())) return false;
  }
  return true;
}

function card(event, fresh) {
  const iconName = (ICONS[event.type] || {})[event.action] || 'dot';
  const details = event.details && event.details.length
    ? el('ul.details', {}, event.details.map((d) => el('li', {}, d))) : null;
  const members = event.members && event.members.length
    ? el('div.members', { 'aria-label': 'Members' }, event.members.map((m) => el('span.chip', {}, m))) : null;
  const meta = [event.type, event.severity, event.source === 'admin' ? 'from the console' : null,
    event.requestId ? `request ${event.requestId}` : null].filter(Boolean).join(' · ');
  return el(`li.event.${event.severity}${fresh ? '.fresh' : ''}`, { 'data-id': event.id, 'data-type': event.type },
    el('span.icon', {}, icon(iconName)),
    el('span.message', {}, event.message),
    timeEl(event.occurredAt),
    details, members,
    el('span.meta', {}, meta));
}

async function loadSummary() {
  let summary;
  try { summary = await api('activity/summary'); } catch { return; }
  const day = summary.last24Hours;
  const week = summary.last7Days;
  const stat = (label, value, cls = '') => el(`div.stat${cls}`, {},
    el('div.value', {}, value.toLocaleString()), el('div.label', {}, label));
  $('#summary', section).replaceChildren(
    stat('Last 24 hours', day.total),
    stat('Last 7 days', week.total),
    stat('User operations (24 h)', day.users),
    stat('Group operations (24 h)', day.groups),
    stat('Errors (24 h)', day.errors, day.errors ? '.error' : ''),
  );
  chart(summary.hourly);
}

/** Stacked bars per hour, drawn as SVG (no chart library: the console loads nothing else). */
function chart(hours) {
  const width = 720;
  const height = 140;
  const bottom = 18;
  const max = Math.max(1, ...hours.map((h) => SEVERITIES.reduce((n, s) => n + h[s], 0)));
  const barWidth = width / hours.length;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  const total = hours.reduce((n, h) => n + SEVERITIES.reduce((m, s) => m + h[s], 0), 0);
  svg.setAttribute('aria-label', `${total} events in the last 24 hours, at most ${max} in one hour`);
  hours.forEach((h, i) => {
    let y = height - bottom;
    for (const severity of SEVERITIES) {
      const value = h[severity];
      if (!value) continue;
      const barHeight = (value / max) * (height - bottom - 6);
      y -= barHeight;
      const rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('x', (i * barWidth + 2).toFixed(1));
      rect.setAttribute('y', y.toFixed(1));
      rect.setAttribute('width', (barWidth - 4).toFixed(1));
      rect.setAttribute('height', barHeight.toFixed(1));
      rect.setAttribute('class', severity);
      const title = document.createElementNS(ns, 'title');
      title.textContent = `${new Date(h.hour).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}: ${value} ${severity}`;
      rect.append(title);
      svg.append(rect);
    }
    if (i % 3 === 0) {
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', (i * barWidth + barWidth / 2).toFixed(1));
      label.setAttribute('y', height - 4);
      label.setAttribute('text-anchor', 'middle');
      label.textContent = new Date(h.hour).toLocaleTimeString([], { hour: '2-digit' });
      svg.append(label);
    }
  });
  const legend = el('div.legend', { 'aria-hidden': 'true' },
    SEVERITIES.map((s) => el('span', {}, el(`i.${s}`), s)));
  $('#chart', section).replaceChildren(svg, legend);
}
