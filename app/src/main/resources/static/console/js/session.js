// Who is signed in: the API's bearer token and what its claims say. Kept for this browser tab only.

const STORAGE_KEY = 'commerce-console-session';

/** The roles this console serves. Customers use the shop, not the console. */
export const STAFF_ROLES = ['ADMIN', 'AUDITOR'];

/** The claims of a JWT (its middle part), or null if the token is not a readable JWT. */
export function claimsOf(token) {
  const part = String(token || '').split('.')[1];
  if (!part) {
    return null;
  }
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (unreadable) {
    return null;
  }
}

/** The roles a token's `roles` claim names (a list, or a space- or comma-separated string). */
export function rolesOf(claims) {
  const roles = claims && claims.roles;
  if (Array.isArray(roles)) {
    return roles.map(String);
  }
  return typeof roles === 'string' ? roles.split(/[\s,]+/).filter(Boolean) : [];
}

/** A session for this token, or null when it carries no staff role. The API has the last word (403). */
export function sessionFor(username, token) {
  const claims = claimsOf(token);
  const roles = rolesOf(claims).filter((role) => STAFF_ROLES.includes(role));
  return {
    username,
    userId: claims && claims.sub,
    token,
    roles,
    allRoles: rolesOf(claims),
    expiresAt: claims && claims.exp ? claims.exp * 1000 : null,
  };
}

export function isStaff(session) {
  return Boolean(session && session.roles.length > 0);
}

export function hasRole(session, role) {
  return Boolean(session && session.roles.includes(role));
}

/** The session's role as a reader says it: `Admin`, `Auditor`. */
export function roleName(session) {
  if (hasRole(session, 'ADMIN')) {
    return 'Admin';
  }
  return hasRole(session, 'AUDITOR') ? 'Auditor' : 'No staff role';
}

export function save(session) {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch (storageUnavailable) {
    // Private modes may refuse storage; the session then lasts until the page is reloaded.
  }
}

/** The saved session, unless it has expired or carries no staff role. */
export function load() {
  try {
    const session = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
    if (!session || !session.token || !isStaff(session)) {
      return null;
    }
    if (session.expiresAt && session.expiresAt <= Date.now()) {
      clear();
      return null;
    }
    return session;
  } catch (unreadable) {
    return null;
  }
}

export function clear() {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch (storageUnavailable) {
    // Nothing was stored.
  }
}
