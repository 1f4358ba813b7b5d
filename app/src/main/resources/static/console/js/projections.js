// Projections for admins: each read model's progress through the event store, read every second,
// and a rebuild (after a confirmation) whose replay can be watched until the new generation serves.

import * as api from './api.js';
import { announce, h, replace, setText } from './dom.js';

const POLL_MILLIS = 1000;

export function renderProjections(container, { setTitle }) {
  setTitle('Projections');
  const aborts = new AbortController();
  const rows = new Map();
  /** Per projection, what this console last knew: 'rebuilding' while a rebuild runs. */
  const phases = new Map();
  /** Per projection, when its rebuild was accepted: a reading taken before that says nothing about it. */
  const acceptedAt = new Map();
  let timer = null;
  let stopped = false;
  let selected = null;

  const body = h('tbody');
  const updated = h('p', { id: 'projections-updated', class: 'hint' }, 'Loading…');
  const error = h('div', { id: 'projections-error', class: 'message error', role: 'alert' });
  const log = h('ul', { id: 'projections-log', class: 'log' });

  const dialogTitle = h('h2', { id: 'rebuild-title' });
  const dialogText = h('p', { id: 'rebuild-text' });
  const confirm = h('button', { type: 'button', class: 'primary danger', id: 'rebuild-confirm' }, 'Rebuild');
  const cancel = h('button', { type: 'button', id: 'rebuild-cancel' }, 'Cancel');
  const dialog = h('dialog', {
    id: 'rebuild-dialog', 'aria-labelledby': 'rebuild-title', 'aria-describedby': 'rebuild-text',
  }, dialogTitle, dialogText, h('div', { class: 'actions' }, cancel, confirm));

  cancel.addEventListener('click', () => dialog.close('cancel'));
  confirm.addEventListener('click', () => dialog.close('confirm'));
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'confirm' && selected) {
      rebuild(selected);
    }
    dialog.returnValue = '';
  });

  function note(message) {
    const stamp = new Date().toLocaleTimeString();
    log.prepend(h('li', {}, h('time', {}, stamp), ' ', message));
    while (log.children.length > 20) {
      log.lastElementChild.remove();
    }
    announce(message);
  }

  function ask(projection) {
    selected = projection.name;
    setText(dialogTitle, `Rebuild ${projection.name}?`);
    setText(dialogText, `The ${projection.name} read model is built again from all ${projection.headPosition} `
      + 'stored events into a new generation. Reads keep being answered from the current one until the new '
      + 'one has caught up, then switch over.');
    dialog.returnValue = '';
    dialog.showModal();
    cancel.focus();
  }

  async function rebuild(name) {
    replace(error);
    try {
      const accepted = await api.post(`/api/admin/projections/${api.segment(name)}/rebuild`, { signal: aborts.signal });
      phases.set(name, 'rebuilding');
      acceptedAt.set(name, performance.now());
      note(`Rebuild of ${name} started (status: ${accepted.status}).`);
      poll(true);
    } catch (failure) {
      if (failure.name !== 'AbortError') {
        replace(error, h('p', {}, `Rebuild of ${name} refused. ${failure.message}`));
      }
    }
  }

  function row(projection) {
    const name = h('th', { scope: 'row' }, projection.name);
    const status = h('td', { class: 'status-cell' });
    const position = h('td', { class: 'number position' });
    const head = h('td', { class: 'number head' });
    const lag = h('td', { class: 'number lag' });
    const progress = h('progress', { max: 1, value: 0, 'aria-label': `Replay progress of ${projection.name}` });
    const progressText = h('span', { class: 'progress-text' });
    const button = h('button', { type: 'button', class: 'rebuild' },
      'Rebuild', h('span', { class: 'visually-hidden' }, ` ${projection.name}`));
    button.addEventListener('click', () => {
      const current = rows.get(projection.name).data;
      if (button.getAttribute('aria-disabled') === 'true') {
        note(`${projection.name} is already rebuilding.`);
        return;
      }
      ask(current);
    });
    const tr = h('tr', { dataset: { projection: projection.name } },
      name, status, position, head, lag,
      h('td', { class: 'progress-cell' }, progress, ' ', progressText),
      h('td', {}, button));
    const entry = { tr, status, position, head, lag, progress, progressText, button, data: projection };
    rows.set(projection.name, entry);
    body.append(tr);
    return entry;
  }

  function show(projection, readSince) {
    if (rows.has(projection.name) && readSince < (acceptedAt.get(projection.name) || 0)) {
      return;
    }
    const entry = rows.get(projection.name) || row(projection);
    entry.data = projection;
    const rebuilding = projection.status === 'rebuilding';
    const text = rebuilding
      ? (projection.replaying ? 'Rebuilding: replaying events' : 'Rebuilding: switching over')
      : (projection.replaying ? 'Serving (replaying)' : 'Serving');
    setText(entry.status, text);
    entry.status.className = `status-cell ${rebuilding || projection.replaying ? 'is-busy' : 'is-ok'}`;
    setText(entry.position, String(projection.position));
    setText(entry.head, String(projection.headPosition));
    setText(entry.lag, projection.lag === 0 ? '0 (up to date)' : `${projection.lag} behind`);
    const percent = projection.headPosition > 0
      ? Math.floor((projection.position / projection.headPosition) * 100) : 100;
    entry.progress.max = Math.max(projection.headPosition, 1);
    entry.progress.value = projection.headPosition > 0 ? projection.position : 1;
    setText(entry.progressText, `${percent}% (${projection.position} of ${projection.headPosition} events)`);
    entry.button.setAttribute('aria-disabled', rebuilding ? 'true' : 'false');
    setText(entry.button.firstChild, rebuilding ? 'Rebuilding…' : 'Rebuild');
    entry.tr.dataset.status = projection.status;

    const before = phases.get(projection.name);
    if (rebuilding && before !== 'rebuilding') {
      phases.set(projection.name, 'rebuilding');
      note(`${projection.name} is rebuilding.`);
    } else if (!rebuilding && before === 'rebuilding') {
      phases.set(projection.name, 'serving');
      entry.tr.dataset.rebuilt = 'true';
      note(`Rebuild of ${projection.name} finished: the new generation serves reads `
        + `(position ${projection.position} of ${projection.headPosition}).`);
    } else if (!before) {
      phases.set(projection.name, projection.status);
    }
  }

  async function poll(once) {
    if (stopped) {
      return;
    }
    if (!once) {
      timer = null;
    }
    const since = performance.now();
    try {
      const projections = await api.get('/api/admin/projections', { signal: aborts.signal });
      projections.forEach((projection) => show(projection, since));
      setText(updated, `Updated every second; last at ${new Date().toLocaleTimeString()}.`);
      if (error.dataset.polling) {
        replace(error);
        delete error.dataset.polling;
      }
    } catch (failure) {
      if (failure.name === 'AbortError') {
        return;
      }
      error.dataset.polling = 'true';
      replace(error, h('p', {}, `Could not read the projections; trying again. ${failure.message}`));
    }
    if (!once && !stopped) {
      timer = window.setTimeout(() => poll(false), POLL_MILLIS);
    }
  }

  replace(container,
    h('section', { class: 'card', 'aria-labelledby': 'projections-heading' },
      h('h1', { id: 'projections-heading', tabindex: '-1' }, 'Projections'),
      h('p', {}, 'The read models built from the event store. Position is the last stored event a projection '
        + 'has handled, head the newest stored event, lag the events in between. A rebuild replays every event '
        + 'into a new generation while the current one keeps answering reads.'),
      updated,
      error,
      h('div', { class: 'table-scroll' },
        h('table', { id: 'projections' },
          h('caption', { class: 'visually-hidden' }, 'Projections and their progress'),
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Projection'), h('th', { scope: 'col' }, 'Status'),
            h('th', { scope: 'col' }, 'Position'), h('th', { scope: 'col' }, 'Head'),
            h('th', { scope: 'col' }, 'Lag'), h('th', { scope: 'col' }, 'Replay progress'),
            h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Action')))),
          body))),
    h('section', { class: 'card', 'aria-labelledby': 'log-heading' },
      h('h2', { id: 'log-heading' }, 'Activity'),
      h('p', { class: 'hint' }, 'Rebuilds started and finished while this page is open, newest first.'),
      log),
    dialog);
  poll(false);

  return () => {
    stopped = true;
    aborts.abort();
    window.clearTimeout(timer);
    if (dialog.open) {
      dialog.close();
    }
  };
}
