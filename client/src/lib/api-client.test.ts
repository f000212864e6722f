import { describe, expect, it } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';

import { api, ApiError, unwrap } from './api-client';

const unit = { id: 'u1', name: 'Acme', kind: 'Organisation', parentId: null, version: 1 };

describe('api client', () => {
  it('sends the antiforgery token from the current cookie on unsafe requests', async () => {
    const server = mockApi({
      'POST /api/org-units': () => json(unit, 201),
      'GET /api/org-units': () => json({ items: [], next: null }),
    });

    document.cookie = 'XSRF-TOKEN=first%2Btoken; path=/';
    await unwrap(api.POST('/api/org-units', { body: { name: 'Acme', kind: 'Organisation', parentId: null } }));
    // The server rotates the token when the user signs in; the next request must use the new one.
    document.cookie = 'XSRF-TOKEN=second-token; path=/';
    await unwrap(api.POST('/api/org-units', { body: { name: 'Acme', kind: 'Organisation', parentId: null } }));
    await unwrap(api.GET('/api/org-units'));

    const [first, second] = server.calls('POST', '/api/org-units');
    expect(first!.headers.get('X-XSRF-TOKEN')).toBe('first+token');
    expect(second!.headers.get('X-XSRF-TOKEN')).toBe('second-token');
    expect(server.calls('GET', '/api/org-units')[0]!.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('turns a problem+json response into an ApiError with the field errors', async () => {
    mockApi({
      'POST /api/people': () =>
        problem(400, { title: 'One or more validation errors occurred.', errors: { email: ['Already in use'] } }),
    });

    const error = await unwrap(
      api.POST('/api/people', {
        body: {
          displayName: 'A',
          email: 'a@example.com',
          jobTitle: '',
          orgUnitId: 'u1',
          managerId: null,
          roles: [],
          active: true,
        },
      }),
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem.errors).toEqual({ email: ['Already in use'] });
  });
});
