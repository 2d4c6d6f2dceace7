// Manual provisioning: user and group forms; shows the created resource or the SCIM error.
import { api } from './api.js';
import { $, el, formValues } from './ui.js';

let section;

export function init(root) {
  section = root;
  $('#provision-user', root).addEventListener('submit', (e) => {
    e.preventDefault();
    const values = formValues(e.target);
    submit('provisioning/users', values, e.target);
  });
  $('#provision-group', root).addEventListener('submit', (e) => {
    e.preventDefault();
    const values = formValues(e.target);
    values.members = values.members.split(/\s+/).filter(Boolean);
    submit('provisioning/groups', values, e.target);
  });
}

async function submit(path, body, form) {
  const result = $('#provision-result', section);
  const card = result.closest('.result');
  const button = $('button[type=submit]', form);
  button.disabled = true;
  try {
    const created = await api(path, { method: 'POST', body });
    card.classList.remove('bad');
    card.classList.add('ok');
    result.className = '';
    result.replaceChildren(
      el('p', {}, el('strong', {}, '201 Created'), ` — id ${created.id}`),
      el('pre', { tabindex: 0 }, JSON.stringify(created, null, 2)));
  } catch (err) {
    card.classList.remove('ok');
    card.classList.add('bad');
    result.className = '';
    const body = err.body || {};
    result.replaceChildren(
      el('p', { role: 'alert' }, el('strong.error', {}, `${err.status} ${body.scimType || 'error'}`),
        ` — ${body.detail || err.message}`),
      el('pre', { tabindex: 0 }, JSON.stringify(body, null, 2)));
  } finally {
    button.disabled = false;
  }
  result.closest('.result').scrollIntoView({ block: 'nearest' });
}
