// Database browser: statistics, users and groups (search, paging), details, delete.
import { api, query } from './api.js';
import { $, closeDialog, confirmAction, copyButton, debounce, el, formValues, pager, shortTime, showDialog, toast } from './ui.js';

const PAGE = 25;
let section;
let current = 'users';
const latest = { users: 0, groups: 0 }; // answers to superseded requests are dropped

export function init(root) {
  section = root;
  for (const kind of ['users', 'groups']) {
    const form = $(`#${kind}-filters`, root);
    const changed = debounce(() => load(kind, 1), 250);
    form.addEventListener('input', changed);
    // Text boxes report through 'input'; their 'change' on blur would only reload again.
    form.addEventListener('change', (e) => { if (e.target.tagName === 'SELECT' || e.target.type === 'checkbox') changed(); });
    form.addEventListener('submit', (e) => e.preventDefault());
  }
  const tabs = [$('#tab-users', root), $('#tab-groups', root)];
  tabs.forEach((tab) => {
    tab.addEventListener('click', () => select(tab.id === 'tab-users' ? 'users' : 'groups'));
    // Arrow keys move between tabs (WAI-ARIA tabs pattern).
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const other = tabs.find((t) => t !== tab);
      other.focus();
      other.click();
    });
  });
}

export function show() {
  stats();
  load(current, 1);
}

function select(kind) {
  current = kind;
  for (const k of ['users', 'groups']) {
    const tab = $(`#tab-${k}`, section);
    tab.setAttribute('aria-selected', String(k === kind));
    tab.tabIndex = k === kind ? 0 : -1;
    $(`#db-${k}`, section).hidden = k !== kind;
  }
  load(kind, 1);
}

async function stats() {
  let s;
  try { s = await api('database/statistics'); } catch { return; }
  const stat = (label, value) => el('div.stat', {}, el('div.value', {}, value), el('div.label', {}, label));
  const mb = (bytes) => `${((bytes || 0) / 1048576).toFixed(1)} MB`;
  $('#stats', section).replaceChildren(
    stat('Users', s.users.total.toLocaleString()),
    stat('Active users', s.users.active.toLocaleString()),
    stat('Inactive users', s.users.inactive.toLocaleString()),
    stat('Groups', s.groups.toLocaleString()),
    stat('Memberships', s.memberships.toLocaleString()),
    stat('Database size', mb((s.databaseFileBytes || 0) + (s.walFileBytes || 0))),
    stat('Request log', s.requestLogRows == null ? 'unavailable'
      : `${s.requestLogRows.toLocaleString()} rows, ${mb(s.requestLogFileBytes)}`),
  );
}

async function load(kind, page) {
  const f = formValues($(`#${kind}-filters`, section));
  const ticket = ++latest[kind];
  const result = await api(`database/${kind}${query({ ...f, page, pageSize: PAGE })}`);
  if (ticket !== latest[kind]) return;
  const body = $(`#${kind}-table tbody`, section);
  const columns = kind === 'users' ? 6 : 5;
  body.replaceChildren(...result.items.map(kind === 'users' ? userRow : groupRow));
  if (!result.items.length) body.replaceChildren(el('tr', {}, el('td.empty', { colspan: columns }, `No ${kind} match.`)));
  pager($(`#${kind}-pager`, section), result, (p) => load(kind, p));
}

function actions(kind, item, name) {
  return el('td', {},
    el('button', { type: 'button', onclick: () => detail(kind, item.id), 'aria-label': `Details of ${name}` }, 'Details'), ' ',
    el('button.danger', { type: 'button', onclick: () => remove(kind, item.id, name), 'aria-label': `Delete ${name}` }, 'Delete'));
}

function userRow(u) {
  return el('tr', { 'data-id': u.id },
    el('td', {}, u.userName),
    el('td', {}, u.displayName || ''),
    el('td', {}, u.externalId || ''),
    el('td', {}, el(`span.badge.${u.active ? 'on' : 'off'}`, {}, u.active ? 'Active' : 'Inactive')),
    el('td', {}, shortTime(u.lastModified)),
    actions('users', u, u.userName));
}

function groupRow(g) {
  return el('tr', { 'data-id': g.id },
    el('td', {}, g.displayName),
    el('td', {}, g.externalId || ''),
    el('td', {}, g.memberCount.toLocaleString()),
    el('td', {}, shortTime(g.lastModified)),
    actions('groups', g, g.displayName));
}

async function detail(kind, id) {
  let d;
  try { d = await api(`database/${kind}/${encodeURIComponent(id)}`); } catch (e) { toast(e.message); return; }
  const json = JSON.stringify(d.resource, null, 2);
  const related = kind === 'users'
    ? [el('h3', {}, `Groups (${d.groups.length})`),
      d.groups.length ? el('ul', {}, d.groups.map((g) => el('li', {}, g.displayName))) : el('p.muted', {}, 'Member of no group.')]
    : [el('h3', {}, `Members (${d.members.length})`),
      d.members.length
        ? el('ul', {}, d.members.map((m) => el('li', {}, m.exists
          ? `${m.name} (${m.type})` : el('span.error', {}, `${m.id} — no longer exists (dangling ${m.type})`))))
        : el('p.muted', {}, 'No members.')];
  const name = kind === 'users' ? d.resource.userName : d.resource.displayName;
  showDialog(name,
    ...related,
    el('h3', {}, 'SCIM resource', copyButton(() => json)),
    el('pre', { tabindex: 0 }, json),
    el('div.actions', {}, el('button.danger', { type: 'button', onclick: () => remove(kind, id, name) }, `Delete ${kind === 'users' ? 'user' : 'group'}`)));
}

async function remove(kind, id, name) {
  const noun = kind === 'users' ? 'user' : 'group';
  const ok = await confirmAction(`Delete ${noun} ${name}?`,
    `The ${noun} is deleted as a SCIM DELETE would: it disappears for identity providers too${kind === 'users' ? ' and leaves every group' : ''}.`);
  if (!ok) return;
  try {
    await api(`database/${kind}/${encodeURIComponent(id)}`, { method: 'DELETE' });
    toast(`${noun[0].toUpperCase()}${noun.slice(1)} ${name} deleted`);
  } catch (e) {
    toast(`Not deleted: ${e.message}`);
  }
  closeDialog();
  stats();
  load(kind, 1);
}
