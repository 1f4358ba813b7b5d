// The console's shell: who is signed in, the navigation, and which screen the address names.
// Screens live behind the hash (#/orders, #/orders/{id}, #/projections), so the back button,
// bookmarks and plain links work without any server-side routing.

import * as api from './api.js';
import { announce, h, replace } from './dom.js';
import { renderFind, renderOrder } from './orders.js';
import { renderProjections } from './projections.js';
import * as sessions from './session.js';
import { renderSignIn } from './signin.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const whoText = document.getElementById('who-text');

let session = sessions.load();
let notice = null;
let cleanup = () => {};
let expiry = null;
let firstRender = true;

api.configure({
  token: () => session && session.token,
  unauthorized: () => endSession('Your session has ended: the API no longer accepts its token. Sign in again.'),
});

function setTitle(title) {
  document.title = `${title} · Operator console`;
}

function navigate(hash) {
  if (location.hash === hash) {
    render();
  } else {
    location.hash = hash;
  }
}

function startSession(started) {
  session = started;
  sessions.save(session);
  notice = null;
  watchExpiry();
  announce(`Signed in as ${session.username}, ${sessions.roleName(session)}.`);
  if (!location.hash.startsWith('#/') || location.hash === '#/') {
    navigate('#/orders');
  } else {
    render();
  }
}

function endSession(message) {
  if (!session) {
    return;
  }
  session = null;
  sessions.clear();
  window.clearTimeout(expiry);
  notice = message;
  announce(message);
  render();
}

function watchExpiry() {
  window.clearTimeout(expiry);
  if (session && session.expiresAt) {
    const left = Math.min(session.expiresAt - Date.now(), 2147483647);
    expiry = window.setTimeout(() => endSession('Your session has expired. Sign in again.'), Math.max(left, 0));
  }
}

function renderShell(active) {
  const signedIn = Boolean(session);
  nav.hidden = !signedIn;
  who.hidden = !signedIn;
  if (!signedIn) {
    return;
  }
  replace(whoText, 'Signed in as ', h('strong', {}, session.username), ` (${sessions.roleName(session)})`);
  for (const item of nav.querySelectorAll('[data-role]')) {
    item.hidden = !sessions.hasRole(session, item.dataset.role);
  }
  for (const link of nav.querySelectorAll('a[data-route]')) {
    if (link.dataset.route === active) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

function notFound(container, message) {
  setTitle('Not found');
  replace(container, h('section', { class: 'card' },
    h('h1', { tabindex: '-1' }, 'Nothing here'),
    h('p', {}, message),
    h('p', {}, h('a', { href: '#/orders' }, 'Go to order history'))));
  return () => {};
}

function render() {
  cleanup();
  cleanup = () => {};
  const path = location.hash.startsWith('#/') ? location.hash.slice(2) : '';
  const parts = path.split('/').filter(Boolean).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch (malformed) {
      return part;
    }
  });
  const context = { session, navigate, setTitle, notice, onSignedIn: startSession };

  if (!session) {
    renderShell(null);
    cleanup = renderSignIn(main, context);
  } else if (parts.length === 0) {
    navigate('#/orders');
    return;
  } else if (parts[0] === 'orders' && parts.length === 1) {
    renderShell('orders');
    cleanup = renderFind(main, context);
  } else if (parts[0] === 'orders' && parts.length === 2) {
    renderShell('orders');
    cleanup = renderOrder(main, context, parts[1]);
  } else if (parts[0] === 'projections' && parts.length === 1) {
    renderShell('projections');
    cleanup = sessions.hasRole(session, 'ADMIN')
      ? renderProjections(main, context)
      : notFound(main, 'Projections are for admins; your role cannot see or rebuild them.');
  } else {
    renderShell(null);
    cleanup = notFound(main, `The console has no page at ${location.hash}.`);
  }
  if (!firstRender) {
    // After a change of screen, start reading (and tabbing) at its heading.
    const heading = main.querySelector('h1');
    if (heading) {
      heading.focus();
    }
  }
  firstRender = false;
}

document.getElementById('sign-out').addEventListener('click', () => {
  session = null;
  sessions.clear();
  window.clearTimeout(expiry);
  notice = 'You signed out.';
  announce('Signed out.');
  render();
  const heading = main.querySelector('h1');
  if (heading) {
    heading.focus();
  }
});

// The skip link moves focus without touching the address (which names the screen).
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', render);
watchExpiry();
render();
