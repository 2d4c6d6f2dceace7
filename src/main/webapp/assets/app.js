// SCIMTool console: sign-in, header (version, live state, backup, theme), screens by URL hash.
import { api, ApiError, liveStream, onUnauthorized, token } from './api.js';
import { $, ago, el, toast } from './ui.js';
import * as activity from './activity.js';
import * as logs from './logs.js';
import * as database from './database.js';
import * as provision from './provision.js';

const screens = { activity, logs, database, provision };
const started = new Set();
let stream = null;
let unseen = 0;

// ---- Sign-in ----------------------------------------------------------------------------
async function signIn(candidate) {
  await api('version', { auth: candidate }); // 401 → ApiError
  token.set(candidate);
}

function showSignIn(message) {
  if (stream) { stream.stop(); stream = null; }
  token.clear();
  $('#app').hidden = true;
  $('#signin').hidden = false;
  const error = $('#signin-error');
  error.hidden = !message;
  error.textContent = message || '';
  $('#signin-token').value = '';
  $('#signin-token').focus();
}

$('#signin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const candidate = $('#signin-token').value.trim();
  if (!candidate) { showSignIn('Enter the admin token.'); return; }
  try {
    await signIn(candidate);
    start();
  } catch (err) {
    showSignIn(err instanceof ApiError && err.status === 401
      ? 'That token was not accepted.' : `Could not reach the server (${err.message}).`);
  }
});

onUnauthorized(() => showSignIn('Your session ended: the token is no longer accepted.'));
$('#signout').addEventListener('click', () => showSignIn(''));

// ---- Theme --------------------------------------------------------------------------------
function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  const next = theme === 'dark' ? 'light' : 'dark';
  $('#theme').setAttribute('aria-label', `Switch to ${next} theme`);
  $('#theme').title = `Switch to ${next} theme`;
}
$('#theme').addEventListener('click', () => {
  const theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  localStorage.setItem('scimtool.theme', theme);
  applyTheme(theme);
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
  if (!localStorage.getItem('scimtool.theme')) applyTheme(e.matches ? 'dark' : 'light');
});

// ---- Backup indicator ---------------------------------------------------------------------
/** The indicator's colour: green when backups keep up, amber when late or standby, red when failing. */
function backupColour(status) {
  switch (status.state) {
    case 'DISABLED': return '';
    case 'FAILING': case 'BLOCKED': return 'bad';
    case 'STANDBY': return 'warn';
    default:
      if (status.consecutiveFailures > 0) return 'bad';
      return status.rpoSeconds > 600 ? 'warn' : 'ok';
  }
}

async function refreshBackup() {
  let status;
  try { status = await api('backup/status'); } catch { return; }
  const button = $('#backup');
  const last = status.lastBackupTime;
  button.dataset.state = backupColour(status);
  button.dataset.backupState = status.state;
  $('.label', button).textContent = status.state === 'DISABLED'
    ? 'Backups off' : last ? `Backup ${ago(last)}` : 'No backup yet';
  const lines = [
    `State: ${status.state}`,
    last ? `Last backup: ${new Date(last).toLocaleString()}` : 'Last backup: never',
    status.generation ? `Generation: ${status.generation}` : null,
    status.lastSizeBytes ? `Size: ${(status.lastSizeBytes / 1048576).toFixed(1)} MB` : null,
    status.rpoSeconds ? `Changes not yet backed up for: ${status.rpoSeconds} s` : null,
    status.consecutiveFailures ? `Consecutive failures: ${status.consecutiveFailures}` : null,
    status.lastError ? `Last error: ${status.lastError}` : null,
    status.target ? `Target: ${status.target}` : null,
  ].filter(Boolean);
  $('#backup-tip').textContent = `${lines.join('\n')}\nClick to back up now.`;
}

$('#backup').addEventListener('click', async () => {
  const button = $('#backup');
  button.disabled = true;
  $('.label', button).textContent = 'Backing up…';
  try {
    const outcome = await api('backup/trigger', { method: 'POST' });
    toast(outcome.result === 'UNCHANGED' ? 'Backup up to date: nothing changed' : `Backup ${outcome.result.toLowerCase()}`);
  } catch (err) {
    const body = err.body || {};
    toast(`Backup not made: ${body.message || body.result || err.message}`);
  } finally {
    button.disabled = false;
    refreshBackup();
  }
});

// ---- Live stream, tab title and favicon badge ---------------------------------------------
const baseTitle = 'SCIMTool';
const faviconHref = 'assets/favicon.svg';

function setUnseen(count) {
  unseen = count;
  document.title = count ? `(${count}) ${baseTitle}` : baseTitle;
  $('#favicon').href = count ? badgeIcon(count) : faviconHref;
}

function badgeIcon(count) {
  const label = count > 99 ? '99+' : String(count);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
    <rect width="64" height="64" rx="14" fill="#2f5bd3"/><path d="M32 10 54 32 32 54 10 32Z" fill="#fff"/>
    <circle cx="46" cy="18" r="18" fill="#d93025"/>
    <text x="46" y="25" font-size="${label.length > 2 ? 15 : 20}" text-anchor="middle" fill="#fff"
      font-family="Arial" font-weight="700">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

document.addEventListener('visibilitychange', () => { if (!document.hidden) setUnseen(0); });

function setLive(state) {
  const pill = $('#live');
  pill.dataset.state = { live: 'ok', connecting: 'warn', offline: 'bad' }[state];
  $('.label', pill).textContent = { live: 'Live', connecting: 'Connecting…', offline: 'Reconnecting…' }[state];
}

// ---- Screens ------------------------------------------------------------------------------
function route() {
  const name = (location.hash || '#activity').slice(1);
  const screen = screens[name] ? name : 'activity';
  document.querySelectorAll('main > section').forEach((s) => { s.hidden = s.dataset.screen !== screen; });
  document.querySelectorAll('.tabs a').forEach((a) => {
    if (a.dataset.screen === screen) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  const section = $(`#screen-${screen}`);
  if (!started.has(screen)) { started.add(screen); screens[screen].init(section); }
  screens[screen].show?.();
}
window.addEventListener('hashchange', () => { route(); $('#main').focus({ preventScroll: true }); });

async function start() {
  $('#signin').hidden = true;
  $('#app').hidden = false;
  applyTheme(document.documentElement.dataset.theme);
  api('version').then((v) => {
    $('#version').textContent = `v${v.version}`;
    $('#version').title = `commit ${v.commit} · built ${v.buildTime} · Java ${v.java} · Liberty ${v.liberty}`;
  }).catch(() => {});
  route();
  refreshBackup();
  stream = liveStream({
    onState: setLive,
    onEvent: (event) => {
      activity.live(event);
      if (document.hidden || location.hash.replace('#', '') !== 'activity' && location.hash !== '') setUnseen(unseen + 1);
    },
  });
}

setInterval(() => { if (token.get()) refreshBackup(); }, 15000);
window.addEventListener('hashchange', () => { if ((location.hash || '#activity') === '#activity' && !document.hidden) setUnseen(0); });

if (token.get()) {
  signIn(token.get()).then(start).catch(() => showSignIn(''));
} else {
  showSignIn('');
}
