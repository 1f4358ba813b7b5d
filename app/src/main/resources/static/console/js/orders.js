// Order history: find an order, read its stored events, see it as it stood at any instant,
// compare two instants field by field, and see which deadline is waiting on it.

import * as api from './api.js';
import { announce, h, replace, setText } from './dom.js';
import { diff, flatten, isInstant, local, prettyJson, relative, time, utc, won } from './format.js';
import { hasRole } from './session.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDER_NUMBER = /^ORD-(\d{4})(\d{2})(\d{2})-\d+$/;
const STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'completed', 'cancelled'];
const MONEY_FIELDS = new Set(['subtotal', 'shippingFee', 'discount', 'tax', 'total', 'unitPrice', 'amount']);

// ---------------------------------------------------------------------------------------------
// Finding an order

export function renderFind(container, { session, navigate, setTitle }) {
  setTitle('Order history');
  const admin = hasRole(session, 'ADMIN');
  const aborts = new AbortController();
  const error = h('div', { id: 'find-error', class: 'message error', role: 'alert' });
  const progress = h('p', { id: 'find-progress', class: 'hint', role: 'status' });
  const query = h('input', {
    id: 'order-query', name: 'order', required: true, autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'order-query-hint', class: 'wide',
  });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'find-button' }, 'Open order');

  async function find(event) {
    event.preventDefault();
    replace(error);
    setText(progress, '');
    const text = query.value.trim();
    if (UUID.test(text)) {
      navigate(`#/orders/${text.toLowerCase()}`);
      return;
    }
    const number = text.toUpperCase();
    if (!ORDER_NUMBER.test(number)) {
      replace(error, h('p', {}, 'Enter an order id (a UUID) or an order number such as ORD-20261124-000042.'));
      query.focus();
      return;
    }
    submit.disabled = true;
    setText(progress, `Looking up ${number}…`);
    try {
      const found = await api.get(`/api/audit/orders?number=${encodeURIComponent(number)}`, { signal: aborts.signal });
      navigate(`#/orders/${found.orderId}`);
    } catch (failure) {
      if (failure.name !== 'AbortError') {
        setText(progress, '');
        replace(error, h('p', {}, failure.status === 404
          ? `No order is numbered ${number}. Check the number, or open the order by its id.`
          : `Could not look the order up. ${failure.message}`));
        query.focus();
      }
    } finally {
      submit.disabled = false;
    }
  }

  replace(container,
    h('section', { class: 'card', 'aria-labelledby': 'find-heading' },
      h('h1', { id: 'find-heading', tabindex: '-1' }, 'Order history'),
      h('p', {}, 'Every event stored for an order, its payments and its shipments; the order as it stood at any '
        + 'instant; and what changed between two instants.'),
      h('form', { id: 'find-order', class: 'inline-form', novalidate: true, on: { submit: find } },
        h('div', { class: 'field' },
          h('label', { for: 'order-query' }, 'Order number or id'),
          h('p', { id: 'order-query-hint', class: 'hint' }, 'A number looks like ORD-20261124-000042; an id is a UUID.'),
          query),
        h('div', { class: 'actions' }, submit)),
      progress,
      error),
    admin ? recentOrders(aborts.signal) : null);
  return () => aborts.abort();
}

/** The newest orders for an admin, filtered by status, a page at a time. */
function recentOrders(signal) {
  let page = 0;
  const status = h('select', { id: 'recent-status', name: 'status' },
    h('option', { value: '' }, 'Any status'),
    STATUSES.map((name) => h('option', { value: name }, name)));
  const summary = h('p', { id: 'recent-summary', role: 'status' });
  const body = h('tbody');
  const previous = h('button', { type: 'button', id: 'recent-previous' }, 'Newer');
  const next = h('button', { type: 'button', id: 'recent-next' }, 'Older');

  async function load() {
    setText(summary, 'Loading orders…');
    try {
      const filter = status.value ? `&status=${encodeURIComponent(status.value)}` : '';
      const result = await api.get(`/api/orders?page=${page}&size=10${filter}`, { signal });
      replace(body, result.items.map((order) => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: `#/orders/${order.orderId}` }, order.orderNumber)),
        h('td', {}, statusText(order.status)),
        h('td', { class: 'number' }, won(order.total)),
        h('td', {}, time(order.placedAt)))));
      const first = result.totalItems === 0 ? 0 : page * result.size + 1;
      const last = page * result.size + result.items.length;
      setText(summary, result.totalItems === 0 ? 'No orders.'
        : `Orders ${first} to ${last} of ${result.totalItems}, newest first.`);
      previous.disabled = page === 0;
      next.disabled = page >= result.totalPages - 1;
    } catch (failure) {
      if (failure.name !== 'AbortError') {
        setText(summary, `Could not load orders. ${failure.message}`);
      }
    }
  }

  previous.addEventListener('click', () => {
    page = Math.max(0, page - 1);
    load();
  });
  next.addEventListener('click', () => {
    page += 1;
    load();
  });
  load();
  return h('section', { class: 'card', 'aria-labelledby': 'recent-heading' },
    h('h2', { id: 'recent-heading' }, 'Recent orders'),
    h('form', {
      class: 'inline-form', on: {
        submit: (event) => {
          event.preventDefault();
          page = 0;
          load();
        },
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'recent-status' }, 'Status'), status),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show'))),
    summary,
    h('div', { class: 'table-scroll' },
      h('table', { id: 'recent-orders' },
        h('caption', { class: 'visually-hidden' }, 'Recent orders'),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Number'), h('th', { scope: 'col' }, 'Status'),
          h('th', { scope: 'col' }, 'Total'), h('th', { scope: 'col' }, 'Placed'))),
        body)),
    h('div', { class: 'actions' }, previous, next));
}

// ---------------------------------------------------------------------------------------------
// One order's history

export function renderOrder(container, { setTitle }, orderId) {
  setTitle('Order');
  const aborts = new AbortController();
  const timers = new Set();
  const states = new Map();
  const content = h('div', { id: 'order-content' });
  const heading = h('h1', { id: 'order-heading', tabindex: '-1' }, 'Order');
  const status = h('p', { id: 'order-status-line', role: 'status', class: 'hint' }, 'Loading the order’s history…');
  replace(container,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/orders' }, 'Find another order')),
    heading, status, content);

  const cleanup = () => {
    aborts.abort();
    timers.forEach((timer) => window.clearInterval(timer));
    timers.clear();
  };

  if (!UUID.test(orderId)) {
    setText(status, '');
    replace(content, h('p', { class: 'message error', role: 'alert' },
      `"${orderId}" is not an order id (a UUID).`));
    return cleanup;
  }

  const base = `/api/audit/orders/${api.segment(orderId)}`;

  /** The order as it stood at the instant (cached: a past instant never changes), or null before it existed. */
  async function stateAt(asOf) {
    if (!states.has(asOf)) {
      states.set(asOf, api.get(`${base}/state?asOf=${encodeURIComponent(asOf)}`, { signal: aborts.signal })
        .catch((failure) => {
          if (failure.status === 404) {
            return null;
          }
          states.delete(asOf);
          throw failure;
        }));
    }
    return states.get(asOf);
  }

  async function load() {
    timers.forEach((timer) => window.clearInterval(timer));
    timers.clear();
    try {
      const now = new Date().toISOString();
      const [events, current] = await Promise.all([
        api.get(`${base}/events`, { signal: aborts.signal }),
        api.get(`${base}/state?asOf=${encodeURIComponent(now)}`, { signal: aborts.signal }),
      ]);
      const label = current.orderNumber || orderId;
      setTitle(`Order ${label}`);
      replace(heading, 'Order ', h('span', { id: 'order-number' }, label));
      setText(status, `${events.length} events; status now: ${current.status}.`);
      replace(content, ...orderView(events, current));
      announce(`Order ${label} loaded: ${events.length} events, status ${current.status}.`);
    } catch (failure) {
      if (failure.name === 'AbortError') {
        return;
      }
      setText(status, '');
      const message = failure.status === 404 ? `No order with id ${orderId}.`
        : failure.status === 403 ? 'Your role may not read order histories (403).'
          : `Could not load the order. ${failure.message}`;
      replace(content, h('p', { class: 'message error', role: 'alert', id: 'order-error' }, message));
    }
  }

  function orderView(events, current) {
    const points = events.map((event, index) => ({ index, event, at: event.occurredAt }));
    const asOf = asOfSection(points, current);
    const timeline = eventList(points, current, asOf.show);
    asOf.onShow((index) => timeline.mark(index));
    return [
      summarySection(current),
      deadlineSection(current),
      h('div', { class: 'columns' },
        timeline.element,
        h('div', { class: 'stack' }, asOf.element, diffSection(points))),
    ];
  }

  function summarySection(current) {
    return h('section', { class: 'card', 'aria-labelledby': 'summary-heading' },
      h('h2', { id: 'summary-heading' }, 'Now'),
      h('dl', { class: 'summary', id: 'order-summary' },
        h('div', {}, h('dt', {}, 'Status'), h('dd', { id: 'order-status' }, statusText(current.status))),
        h('div', {}, h('dt', {}, 'Order id'), h('dd', {}, h('code', {}, current.orderId))),
        h('div', {}, h('dt', {}, 'Customer'), h('dd', {}, h('code', {}, current.customerId))),
        h('div', {}, h('dt', {}, 'Total'), h('dd', {}, won(current.total))),
        h('div', {}, h('dt', {}, 'Placed'), h('dd', {}, current.placedAt ? time(current.placedAt) : '—'))),
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'reload-order', on: { click: load } }, 'Reload')));
  }

  function deadlineSection(current) {
    const body = h('div', { id: 'deadline' });
    let due = null;
    if (current.status === 'pending' && current.paymentDueAt) {
      due = current.paymentDueAt;
      describe(body, 'Payment timeout',
        'Unless it is paid, the order is cancelled (reason payment_timeout) ', due);
    } else if (current.status === 'delivered' && current.autoConfirmAt) {
      due = current.autoConfirmAt;
      describe(body, 'Auto-confirmation',
        'Unless the customer confirms it earlier, the order completes automatically ', due);
    } else {
      replace(body, h('p', { class: 'deadline-kind' }, 'No deadline pending'),
        h('p', {}, quietReason(current.status)));
    }
    if (due) {
      const tick = window.setInterval(() => {
        const left = Date.parse(due) - Date.now();
        body.querySelectorAll('[data-relative]').forEach((span) => setText(span, relativeDue(due)));
        // Once it has fired the order has moved on: read it again (once).
        if (left < -3000) {
          window.clearInterval(tick);
          timers.delete(tick);
          load();
        }
      }, 1000);
      timers.add(tick);
    }
    return h('section', { class: 'card deadline', 'aria-labelledby': 'deadline-heading' },
      h('h2', { id: 'deadline-heading' }, 'Deadline'), body);

    function describe(target, kind, sentence, at) {
      replace(target,
        h('p', { class: 'deadline-kind', id: 'deadline-kind' }, kind),
        h('p', {}, sentence, h('strong', { 'data-relative': 'true', id: 'deadline-relative' }, relativeDue(at)), '.'),
        h('p', {}, 'Fires at ', time(at), ` (${local(at)} in your time zone).`));
    }
  }

  function eventList(points, current, show) {
    const items = points.map(({ index, event }) => {
      const who = event.metadata && event.metadata.userId;
      const correlation = event.metadata && event.metadata.correlationId;
      const marker = h('span', { class: 'shown-marker' });
      const item = h('li', { class: 'event', id: `event-${index + 1}`, dataset: { type: event.type, index } },
        h('div', { class: 'event-head' },
          h('span', { class: 'event-number' }, `${index + 1}.`),
          h('strong', { class: 'event-type' }, event.type),
          h('span', { class: 'event-where' },
            `${event.aggregateType} · sequence ${event.sequenceNumber}`,
            event.globalSequence !== null && event.globalSequence !== undefined
              ? ` · store position ${event.globalSequence}` : ''),
          marker),
        h('dl', { class: 'event-meta' },
          h('div', {}, h('dt', {}, 'Time'), h('dd', {}, time(event.occurredAt))),
          h('div', {}, h('dt', {}, 'Who'), h('dd', { class: 'event-who' }, whoText(who, current))),
          h('div', {}, h('dt', {}, 'Correlation'),
            h('dd', { class: 'event-correlation' }, correlation ? h('code', {}, correlation) : 'none recorded'))),
        h('details', { class: 'payload' },
          h('summary', {}, 'Payload', h('span', { class: 'visually-hidden' }, ` of event ${index + 1}, ${event.type}`)),
          h('pre', { tabindex: '0' }, h('code', {}, prettyJson(event.payload)))),
        h('details', { class: 'payload' },
          h('summary', {}, 'Metadata', h('span', { class: 'visually-hidden' }, ` of event ${index + 1}`)),
          h('pre', { tabindex: '0' }, h('code', {}, prettyJson(event.metadata || {})))),
        h('button', {
          type: 'button', class: 'show-state',
          on: { click: () => show(index, { focus: true }) },
        }, 'Show the order as of this event',
        h('span', { class: 'visually-hidden' }, ` (${index + 1}, ${event.type})`)));
      return { item, marker };
    });
    const element = h('section', { class: 'card', 'aria-labelledby': 'events-heading' },
      h('h2', { id: 'events-heading' }, `Events (${points.length})`),
      h('p', { class: 'hint' }, 'In the order they were stored. Who is the user id that caused the event; '
        + 'events caused by one request share a correlation id.'),
      h('ol', { class: 'events', id: 'events' }, items.map(({ item }) => item)));
    return {
      element,
      mark(selected) {
        items.forEach(({ item, marker }, index) => {
          if (index === selected) {
            item.setAttribute('aria-current', 'step');
            item.classList.add('selected');
            setText(marker, 'shown below');
          } else {
            item.removeAttribute('aria-current');
            item.classList.remove('selected');
            setText(marker, '');
          }
        });
      },
    };
  }

  function asOfSection(points, current) {
    const last = Math.max(points.length - 1, 0);
    const listeners = [];
    let shown = last;
    const slider = h('input', {
      type: 'range', id: 'asof-slider', min: 0, max: last, step: 1, value: String(last),
      'aria-describedby': 'asof-point',
    });
    const point = h('p', { id: 'asof-point', class: 'point' });
    const summary = h('p', { id: 'asof-summary', role: 'status' });
    const table = h('div', { id: 'asof-state', class: 'table-scroll' });
    const instant = h('input', { type: 'datetime-local', id: 'asof-instant', step: '1' });
    const instantError = h('p', { id: 'asof-instant-error', class: 'message error', role: 'alert' });

    function pointText(index) {
      const { event, at } = points[index];
      const sameAsPrevious = index > 0 && points[index - 1].at === at;
      return `Event ${index + 1} of ${points.length}: ${event.type} at ${utc(at)}`
        + (sameAsPrevious ? ' (stored at the same instant as the event before; the state includes both)' : '');
    }

    let showing = 0;
    /** Shows the order as of an event (or as of another instant that falls after that event). */
    async function show(index, { asOf, focus } = {}) {
      if (!points.length) {
        return;
      }
      const ticket = ++showing;
      shown = index;
      slider.value = String(index);
      slider.setAttribute('aria-valuetext', pointText(index));
      setText(point, asOf ? `${utc(asOf)}, after event ${index + 1} (${points[index].event.type})` : pointText(index));
      listeners.forEach((listener) => listener(index));
      if (focus) {
        slider.focus();
        slider.scrollIntoView({ block: 'center' });
      }
      table.setAttribute('aria-busy', 'true');
      try {
        const at = asOf || points[index].at;
        const [state, before] = await Promise.all([
          stateAt(at),
          index > 0 ? stateAt(points[index - 1].at) : Promise.resolve(null),
        ]);
        if (ticket !== showing) {
          return;
        }
        if (!state) {
          setText(summary, `The order did not exist yet at ${utc(at)}.`);
          replace(table);
          return;
        }
        const changes = new Map(diff(before, state).map((change) => [change.field, change.change]));
        setText(summary, `As of event ${index + 1} (${points[index].event.type}): status ${state.status}; `
          + `${changes.size} ${changes.size === 1 ? 'field' : 'fields'} changed by this event.`);
        replace(table, stateTable(state, changes, `The order as of ${utc(at)}`));
      } catch (failure) {
        if (failure.name !== 'AbortError' && ticket === showing) {
          setText(summary, `Could not rebuild the order at that instant. ${failure.message}`);
        }
      } finally {
        if (ticket === showing) {
          table.removeAttribute('aria-busy');
        }
      }
    }

    let debounce = null;
    slider.addEventListener('input', () => {
      const index = Number(slider.value);
      setText(point, pointText(index));
      slider.setAttribute('aria-valuetext', pointText(index));
      window.clearTimeout(debounce);
      debounce = window.setTimeout(() => show(index), 150);
    });

    async function showInstant(event) {
      event.preventDefault();
      replace(instantError);
      if (!instant.value) {
        replace(instantError, h('p', {}, 'Choose a date and time first.'));
        instant.focus();
        return;
      }
      const at = new Date(instant.value);
      if (Number.isNaN(at.getTime())) {
        replace(instantError, h('p', {}, 'That is not a date and time.'));
        return;
      }
      const iso = at.toISOString();
      const index = lastIndexAtOrBefore(points, at.getTime());
      if (index < 0) {
        setText(summary, `The order did not exist yet at ${utc(iso)}: its first event is at ${utc(points[0].at)}.`);
        replace(table);
        return;
      }
      show(index, { asOf: iso });
    }

    if (points.length) {
      window.setTimeout(() => show(last), 0);
    }
    const element = h('section', { class: 'card', 'aria-labelledby': 'asof-heading' },
      h('h2', { id: 'asof-heading' }, 'The order as it stood'),
      h('div', { class: 'field' },
        h('label', { for: 'asof-slider' }, 'Point in the history (one step per event)'),
        slider,
        point),
      h('form', { class: 'inline-form', id: 'asof-instant-form', novalidate: true, on: { submit: showInstant } },
        h('div', { class: 'field' },
          h('label', { for: 'asof-instant' }, 'Or any instant, in your time zone, to the second'),
          instant),
        h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'asof-instant-show' }, 'Show'))),
      instantError,
      summary,
      table);
    return {
      element,
      show,
      onShow(listener) {
        listeners.push(listener);
        listener(shown);
      },
    };
  }

  function diffSection(points) {
    const options = () => points.map(({ index, event, at }) =>
      h('option', { value: String(index) }, `${index + 1}. ${event.type}, ${utc(at)}`));
    const from = h('select', { id: 'diff-from' }, options());
    const to = h('select', { id: 'diff-to' }, options());
    from.value = '0';
    to.value = String(Math.max(points.length - 1, 0));
    const summary = h('p', { id: 'diff-summary', role: 'status' });
    const result = h('div', { id: 'diff-result', class: 'table-scroll' });
    let comparing = 0;

    async function compare(event) {
      if (event) {
        event.preventDefault();
      }
      if (!points.length) {
        return;
      }
      const ticket = ++comparing;
      const a = points[Number(from.value)];
      const b = points[Number(to.value)];
      setText(summary, 'Comparing…');
      try {
        const [before, after] = await Promise.all([stateAt(a.at), stateAt(b.at)]);
        if (ticket !== comparing) {
          return;
        }
        const changes = diff(before, after);
        const between = `between event ${a.index + 1} (${a.event.type}) and event ${b.index + 1} (${b.event.type})`;
        setText(summary, changes.length === 0 ? `Nothing changed ${between}.`
          : `${changes.length} ${changes.length === 1 ? 'field' : 'fields'} changed ${between}.`);
        replace(result, changes.length === 0 ? null : h('table', { id: 'diff-table' },
          h('caption', { class: 'visually-hidden' }, `Fields changed ${between}`),
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Change'),
            h('th', { scope: 'col' }, `At ${a.index + 1}`), h('th', { scope: 'col' }, `At ${b.index + 1}`))),
          h('tbody', {}, changes.map((change) => h('tr', { dataset: { field: change.field }, class: change.change },
            h('th', { scope: 'row' }, h('code', {}, change.field)),
            h('td', { class: 'change' }, change.change),
            h('td', { class: 'before' }, valueOf(change.field, change.before)),
            h('td', { class: 'after' }, valueOf(change.field, change.after)))))));
      } catch (failure) {
        if (failure.name !== 'AbortError' && ticket === comparing) {
          setText(summary, `Could not compare. ${failure.message}`);
        }
      }
    }

    if (points.length > 1) {
      window.setTimeout(() => compare(), 0);
    }
    return h('section', { class: 'card', 'aria-labelledby': 'diff-heading' },
      h('h2', { id: 'diff-heading' }, 'What changed between two points'),
      h('form', { id: 'diff-form', class: 'inline-form', on: { submit: compare } },
        h('div', { class: 'field' }, h('label', { for: 'diff-from' }, 'From'), from),
        h('div', { class: 'field' }, h('label', { for: 'diff-to' }, 'To'), to),
        h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'diff-compare' }, 'Compare'))),
      summary,
      result);
  }

  load();
  return cleanup;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function lastIndexAtOrBefore(points, millis) {
  let found = -1;
  points.forEach((point, index) => {
    if (Date.parse(point.at) <= millis) {
      found = index;
    }
  });
  return found;
}

function stateTable(state, changes, caption) {
  const rows = [...flatten(state, { markEmpty: true }).entries()].map(([field, value]) => {
    const change = changes.get(field);
    return h('tr', { dataset: { field }, class: change ? 'changed' : null },
      h('th', { scope: 'row' }, h('code', {}, field)),
      h('td', { class: 'value' }, valueOf(field, value)),
      h('td', { class: 'change' }, change ? `${change} here` : ''));
  });
  // A field this event emptied shows too, so that the table and the summary agree.
  for (const [field, change] of changes) {
    if (change === 'removed') {
      rows.push(h('tr', { dataset: { field }, class: 'changed' },
        h('th', { scope: 'row' }, h('code', {}, field)), h('td', { class: 'value' }, '(none)'),
        h('td', { class: 'change' }, 'removed here')));
    }
  }
  return h('table', { id: 'asof-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'),
      h('th', { scope: 'col' }, 'This event'))),
    h('tbody', {}, rows));
}

function valueOf(field, value) {
  if (value === '' || value === null || value === undefined) {
    return '—';
  }
  if (isInstant(value)) {
    return time(value);
  }
  const key = field.replace(/.*[.\]]/, '');
  if (MONEY_FIELDS.has(key) && /^-?\d+$/.test(value)) {
    return won(value);
  }
  return value;
}

function statusText(status) {
  return h('span', { class: `status status-${status}` }, status);
}

function whoText(userId, current) {
  if (!userId) {
    return 'not recorded';
  }
  if (userId === 'system') {
    return 'system (a deadline or an automatic step)';
  }
  if (current && userId === current.customerId) {
    return [h('code', {}, userId), ' (the customer)'];
  }
  return h('code', {}, userId);
}

function relativeDue(iso) {
  const left = Date.parse(iso) - Date.now();
  return left >= 0 ? relative(iso) : `${relative(iso)}: due, firing within seconds`;
}

function quietReason(status) {
  switch (status) {
    case 'paid':
      return 'The order is paid and waits to be shipped. Deadlines apply while an order is pending '
        + '(payment timeout) or delivered (auto-confirmation).';
    case 'shipped':
      return 'The order is on its way; auto-confirmation is scheduled once the carrier reports it delivered.';
    case 'completed':
    case 'cancelled':
      return `The order is ${status}: nothing more is scheduled for it.`;
    default:
      return `Nothing is scheduled while the order is ${status}.`;
  }
}
