import { vi } from 'vitest';

export type MockRequest = {
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: Headers;
  body: unknown;
};

type Handler = (request: MockRequest) => Response | Promise<Response>;

/** `"GET /api/people/:id"` → handler. */
export type Routes = Record<string, Handler>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const problem = (status: number, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: `Status ${status}`, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

export const noContent = () => new Response(null, { status: 204 });

function match(pattern: string, pathname: string): Record<string, string> | null {
  const expected = pattern.split('/');
  const actual = pathname.split('/');
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const part = expected[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual[i]!);
    else if (part !== actual[i]) return null;
  }
  return params;
}

/**
 * Replaces `fetch` with a tiny in-memory server. Every request is recorded; a request no route
 * answers gets a 404 and is listed in `unhandled`, so a test can tell it went somewhere unexpected.
 */
export function mockApi(routes: Routes) {
  const requests: MockRequest[] = [];
  const unhandled: string[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    for (const [key, handler] of Object.entries(routes)) {
      const [method, pattern] = key.split(' ') as [string, string];
      if (method !== request.method) continue;
      const params = match(pattern, url.pathname);
      if (!params) continue;
      const recorded: MockRequest = { method: request.method, url, params, headers: request.headers, body };
      requests.push(recorded);
      return handler(recorded);
    }
    unhandled.push(`${request.method} ${url.pathname}${url.search}`);
    return problem(404);
  });

  vi.stubGlobal('fetch', fetchMock);

  return {
    requests,
    unhandled,
    fetchMock,
    /** The requests that reached `METHOD /path`. */
    calls: (method: string, pattern: string) =>
      requests.filter((request) => request.method === method && match(pattern, request.url.pathname)),
  };
}
