import createClient, { type Middleware } from 'openapi-fetch';

import type { paths } from './api/schema';

/** The body of an `application/problem+json` response (RFC 9457). */
export type Problem = {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  /** Validation messages keyed by camelCase field name. */
  errors?: Record<string, string[]> | null;
};

/** A non-success HTTP response, carrying the server's problem details when it sent any. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return null;
}

/**
 * Unsafe requests carry the antiforgery token the server handed out in a readable cookie.
 * The cookie is read on every request because the server rotates it when the user signs in.
 */
export const antiforgeryMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
    const token = readCookie(XSRF_COOKIE);
    if (token) request.headers.set(XSRF_HEADER, token);
    return request;
  },
};

export const api = createClient<paths>({
  // An absolute base keeps `Request` happy outside a browser (tests); in the browser it is the same origin.
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  credentials: 'same-origin',
  // Resolved per call so that tests can stub the global fetch.
  fetch: (request) => globalThis.fetch(request),
});

api.use(antiforgeryMiddleware);

function toProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object') return error as Problem;
  return {
    status: response.status,
    title: typeof error === 'string' && error.trim() !== '' ? error : response.statusText || undefined,
  };
}

/**
 * A response body as the server sends it. The API serialises every property of its response
 * records, nulls included, even where the OpenAPI document does not list them as `required`;
 * this makes the generated optional properties present again (nullable ones stay nullable).
 */
export type Present<T> = T extends readonly (infer Item)[]
  ? Present<Item>[]
  : T extends object
    ? { [Key in keyof T]-?: Present<Exclude<T[Key], undefined>> }
    : T;

type ApiResult<T> = { data?: T; error?: unknown; response: Response };

/** Resolves to the response body, or throws an {@link ApiError} for any non-success status. */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<Present<T>> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, toProblem(error, response));
  return data as Present<T>;
}
