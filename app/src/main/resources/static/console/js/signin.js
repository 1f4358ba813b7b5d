// Sign-in with the API's own accounts and tokens; only admins and auditors get in.

import * as api from './api.js';
import { h, replace } from './dom.js';
import { isStaff, sessionFor } from './session.js';

/** An order id that never exists: staff are told 404 for it, every other role 403. */
const NO_ORDER = '00000000-0000-0000-0000-000000000000';

export function renderSignIn(container, { notice, onSignedIn, setTitle }) {
  setTitle('Sign in');
  const error = h('div', { id: 'sign-in-error', class: 'message error', role: 'alert' });
  const username = h('input', {
    id: 'username', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none',
    spellcheck: 'false',
  });
  const password = h('input', {
    id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
  });
  const submit = h('button', { type: 'submit', id: 'sign-in-button', class: 'primary' }, 'Sign in');

  const fail = (message) => {
    replace(error, h('p', {}, message));
    password.value = '';
  };

  const refuse = (message) => {
    replace(error, h('p', {}, h('strong', {}, 'Not signed in. '), message));
    error.dataset.refused = 'true';
    password.value = '';
  };

  async function signIn(event) {
    event.preventDefault();
    replace(error);
    delete error.dataset.refused;
    const name = username.value.trim();
    if (!name || !password.value) {
      fail('Enter your username and your password.');
      (name ? password : username).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Signing in…';
    try {
      const issued = await api.post('/api/auth/token', {
        body: { username: name, password: password.value }, token: null,
      });
      const session = sessionFor(name, issued.accessToken);
      if (!isStaff(session)) {
        const roles = session.allRoles.length ? session.allRoles.join(', ') : 'none';
        refuse(roles.includes('CUSTOMER')
          ? `Customer accounts cannot use the operator console. It is for admin and auditor accounts; `
            + `this account's role is ${roles}.`
          : `The operator console is for admin and auditor accounts; this account's roles are: ${roles}.`);
        return;
      }
      // The token's claims are only what the client reads; the API decides what the role may do.
      try {
        await api.get(`/api/audit/orders/${NO_ORDER}/events`, { token: issued.accessToken });
      } catch (probe) {
        if (probe.status === 403) {
          refuse('The API refused this account the audit and admin functions (403): it is not a staff account.');
          return;
        }
        if (probe.status !== 404) {
          throw probe;
        }
      }
      onSignedIn(session);
    } catch (failure) {
      if (failure.status === 401) {
        fail('Wrong username or password.');
      } else if (failure.status === 429) {
        const wait = failure.retryAfter ? ` Try again in ${failure.retryAfter} seconds.` : ' Try again later.';
        fail(`Too many failed sign-ins for this account.${wait}`);
      } else {
        fail(`Could not sign in. ${failure.message}`);
      }
    } finally {
      submit.disabled = false;
      submit.textContent = 'Sign in';
    }
  }

  replace(container,
    h('section', { class: 'card narrow', 'aria-labelledby': 'sign-in-heading' },
      h('h1', { id: 'sign-in-heading', tabindex: '-1' }, 'Sign in'),
      h('p', {}, 'The operator console is for admin and auditor accounts. '
        + 'Use the same username and password as for the API.'),
      notice ? h('p', { id: 'sign-in-notice', class: 'message info', role: 'status' }, notice) : null,
      h('form', { id: 'sign-in', novalidate: true, on: { submit: signIn } },
        h('div', { class: 'field' }, h('label', { for: 'username' }, 'Username'), username),
        h('div', { class: 'field' }, h('label', { for: 'password' }, 'Password'), password),
        h('div', { class: 'actions' }, submit)),
      error));
  return () => {};
}
