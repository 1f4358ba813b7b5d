// The HTTP API as the console calls it: same origin, bearer token, RFC 9457 problems turned into errors.

/** A refusal or failure from the API, with the problem's title and detail. */
export class ApiError extends Error {
  constructor(status, problem = {}, retryAfter = null) {
    const title = problem.title || (status === 0 ? 'The server cannot be reached' : `HTTP ${status}`);
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

let currentToken = () => null;
let sessionEnded = () => {};

/** Where the bearer token comes from, and what to do when the API no longer accepts it. */
export function configure({ token, unauthorized }) {
  currentToken = token;
  sessionEnded = unauthorized;
}

/**
 * Calls the API. options: `body` (sent as JSON), `token` (instead of the session's), `signal`.
 * Answers the parsed JSON body; throws ApiError for any non-2xx answer.
 */
export async function request(method, path, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const token = options.token !== undefined ? options.token : currentToken();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (failure) {
    if (failure.name === 'AbortError') {
      throw failure;
    }
    throw new ApiError(0, { detail: failure.message });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (notJson) {
      data = { detail: text.slice(0, 200) };
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data || {}, response.headers.get('Retry-After'));
    // A token that was accepted before and is refused now has expired or was revoked.
    if (response.status === 401 && token && options.token === undefined) {
      sessionEnded(error);
    }
    throw error;
  }
  return data;
}

export const get = (path, options) => request('GET', path, options);
export const post = (path, options) => request('POST', path, options);

/** A path segment, encoded. */
export const segment = (value) => encodeURIComponent(String(value));
