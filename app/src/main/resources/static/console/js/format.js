// Times, money, JSON and field-by-field differences, as the console shows them.

import { h } from './dom.js';

const pad = (number, width = 2) => String(number).padStart(width, '0');

/** An ISO-8601 instant as `2026-11-24 05:00:00.123 UTC` (the API's zone, the same for every reader). */
export function utc(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso);
  }
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} `
    + `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
    + `.${pad(date.getUTCMilliseconds(), 3)} UTC`;
}

/** The same instant in the reader's own time zone. */
export function local(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso);
  }
  return date.toLocaleString(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
    timeZoneName: 'short',
  });
}

/** A `<time>` element showing UTC, with the reader's local time as its tooltip. */
export function time(iso) {
  return h('time', { datetime: iso, title: local(iso) }, utc(iso));
}

/** How far an instant is from now: `in 29 min 12 s`, `3 min 4 s ago`. */
export function relative(iso, now = Date.now()) {
  const millis = new Date(iso).getTime() - now;
  const span = duration(Math.abs(millis));
  if (Math.abs(millis) < 1000) {
    return 'now';
  }
  return millis > 0 ? `in ${span}` : `${span} ago`;
}

/** A duration in its two largest units: `6 d 23 h`, `29 min 12 s`, `4 s`. */
export function duration(millis) {
  const units = [['d', 86400], ['h', 3600], ['min', 60], ['s', 1]];
  let rest = Math.floor(millis / 1000);
  const parts = [];
  for (const [name, size] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (parts.length > 0 || count > 0) {
      parts.push([count, name]);
    }
    if (parts.length === 2) {
      break;
    }
  }
  const shown = parts.filter(([count], index) => index === 0 || count > 0);
  return shown.length ? shown.map(([count, name]) => `${count} ${name}`).join(' ') : '0 s';
}

/** Won, with thousands separators: `43,000 KRW`. */
export function won(amount) {
  return `${Number(amount).toLocaleString('en-US')} KRW`;
}

export function prettyJson(value) {
  return JSON.stringify(value, null, 2);
}

/**
 * An object as `path -> display text` pairs: nested objects by dots, arrays by index
 * (`items[0].sku`, `payment.status`), so that two states can be compared field by field.
 * With `markEmpty`, an empty list or object shows as one `(none)` entry instead of nothing.
 */
export function flatten(value, { markEmpty = false } = {}, prefix = '', out = new Map()) {
  if (Array.isArray(value)) {
    if (value.length === 0 && prefix && markEmpty) {
      out.set(prefix, '(none)');
    }
    value.forEach((item, index) => flatten(item, { markEmpty }, `${prefix}[${index}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix && markEmpty) {
      out.set(prefix, '(none)');
    }
    for (const key of keys) {
      flatten(value[key], { markEmpty }, prefix ? `${prefix}.${key}` : key, out);
    }
  } else if (prefix) {
    out.set(prefix, value === null || value === undefined ? '' : String(value));
  }
  return out;
}

/** The fields whose value differs between two states: `{field, change, before, after}`, in field order. */
export function diff(before, after) {
  const a = flatten(before || {});
  const b = flatten(after || {});
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  const changes = [];
  for (const field of fields) {
    const had = a.has(field) && a.get(field) !== '';
    const has = b.has(field) && b.get(field) !== '';
    if (!had && !has) {
      continue;
    }
    if (!had) {
      changes.push({ field, change: 'added', before: '', after: b.get(field) });
    } else if (!has) {
      changes.push({ field, change: 'removed', before: a.get(field), after: '' });
    } else if (a.get(field) !== b.get(field)) {
      changes.push({ field, change: 'changed', before: a.get(field), after: b.get(field) });
    }
  }
  return changes;
}

/** True when the text looks like an ISO-8601 instant, so that it can be shown as a time. */
export function isInstant(text) {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
}
