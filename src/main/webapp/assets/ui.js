// Small DOM helpers shared by the screens.

/** el('li.event.success', {title: 'x'}, child, 'text') */
export function el(spec, attrs = {}, ...children) {
  const [tag, ...classes] = spec.split('.');
  const node = document.createElement(tag);
  if (classes.length) node.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function $(selector, root = document) { return root.querySelector(selector); }

const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400],
  ['hour', 3600], ['minute', 60], ['second', 1]];
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function ago(iso) {
  const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  if (Math.abs(seconds) < 10) return 'just now';
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === 'second') return relative.format(Math.round(seconds / size), unit);
  }
  return iso;
}

export function timeEl(iso) {
  return el('time', { datetime: iso, title: new Date(iso).toLocaleString(), 'data-relative': '' }, ago(iso));
}

/** Keeps relative times fresh. */
setInterval(() => {
  document.querySelectorAll('time[data-relative]').forEach((t) => { t.textContent = ago(t.getAttribute('datetime')); });
}, 30000);

export function shortTime(iso) {
  return new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function pretty(text) {
  if (!text) return '';
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch { return text; }
}

let toastTimer;
export function toast(message) {
  const t = $('#toast');
  t.textContent = message;
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, 3000);
}

export function copyButton(getText, label = 'Copy') {
  return el('button', {
    type: 'button', class: 'small',
    onclick: async () => {
      try { await navigator.clipboard.writeText(getText()); toast('Copied'); } catch { toast('Copy failed'); }
    },
  }, label);
}

/** Opens the shared dialog; focus goes into it and returns where it was on close. */
export function showDialog(title, ...content) {
  const dialog = $('#dialog');
  const opener = document.activeElement;
  $('#dialog-title').textContent = title;
  $('#dialog-body').replaceChildren(...content.flat());
  dialog.addEventListener('close', () => opener && opener.focus && opener.focus(), { once: true });
  dialog.showModal();
  return dialog;
}

export function closeDialog() { const d = $('#dialog'); if (d.open) d.close(); }

/** A confirmation; resolves true when confirmed. */
export function confirmAction(title, text, okLabel = 'Delete') {
  const dialog = $('#confirm');
  const opener = document.activeElement;
  $('#confirm-title').textContent = title;
  $('#confirm-text').textContent = text;
  $('#confirm-ok').textContent = okLabel;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      if (opener && opener.focus) opener.focus();
      resolve(dialog.returnValue === 'ok');
    }, { once: true });
    dialog.showModal();
    $('button[value="cancel"]', dialog).focus();
  });
}

/** Previous / next buttons for a page of {total, page, pageSize}. */
export function pager(container, page, onPage) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  container.replaceChildren(
    el('span', { class: 'muted small' }, `${page.total} total · page ${page.page} of ${pages}`),
    el('button', { type: 'button', disabled: page.page <= 1, onclick: () => onPage(page.page - 1) }, '‹ Previous'),
    el('button', { type: 'button', disabled: page.page >= pages, onclick: () => onPage(page.page + 1) }, 'Next ›'),
  );
}

/** Runs fn at most once per wait ms (trailing), for search boxes. */
export function debounce(fn, wait = 250) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), wait); };
}

export function formValues(form) {
  const values = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    values[element.name] = element.type === 'checkbox' ? element.checked : element.value.trim();
  }
  return values;
}
