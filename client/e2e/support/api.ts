import { type APIRequestContext, expect, request } from '@playwright/test';

import { E2E_ADMIN } from './accounts';

export type Account = { id: string; name: string; email: string; password: string };

/**
 * The API as the bootstrap administrator, for setting up what a test needs without clicking
 * through the administration screens (another spec covers those).
 */
export class AdminApi {
  private constructor(
    private readonly context: APIRequestContext,
    private readonly xsrfToken: string,
  ) {}

  static async signIn(baseURL: string): Promise<AdminApi> {
    const context = await request.newContext({ baseURL });
    const response = await context.post('/api/auth/login', { data: E2E_ADMIN });
    expect(response.status(), await response.text()).toBe(200);
    // Unsafe requests carry the antiforgery token the server handed out at sign-in.
    const cookie = (await context.storageState()).cookies.find((candidate) => candidate.name === 'XSRF-TOKEN');
    expect(cookie, 'the XSRF-TOKEN cookie').toBeTruthy();
    return new AdminApi(context, decodeURIComponent(cookie!.value));
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.context.get(path);
    expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  async post<T>(path: string, data: unknown): Promise<T> {
    const response = await this.context.post(path, { data, headers: { 'X-XSRF-TOKEN': this.xsrfToken } });
    expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(201);
    return (await response.json()) as T;
  }

  async dispose() {
    await this.context.dispose();
  }
}

type Unit = { id: string; name: string; kind: string };
type Person = { id: string; displayName: string; email: string };

/** A department and a team under the organisation, a manager in the team and one direct report, both able to sign in. */
export async function setUpTeam(baseURL: string, run: string) {
  const admin = await AdminApi.signIn(baseURL);
  try {
    const units = await admin.get<{ items: Unit[] }>('/api/org-units?limit=200');
    const organisation =
      units.items.find((unit) => unit.kind === 'Organisation') ??
      (await admin.post<Unit>('/api/org-units', { name: `Acme ${run}`, kind: 'Organisation', parentId: null }));
    const department = await admin.post<Unit>('/api/org-units', {
      name: `Operations ${run}`,
      kind: 'Department',
      parentId: organisation.id,
    });
    const team = await admin.post<Unit>('/api/org-units', { name: `Repairs ${run}`, kind: 'Team', parentId: department.id });

    const createPerson = async (name: string, email: string, managerId: string | null): Promise<Account> => {
      const password = `E2e-Password-${run}`;
      const person = await admin.post<Person>('/api/people', {
        displayName: name,
        email,
        jobTitle: managerId ? 'Repairs Planner' : 'Repairs Manager',
        orgUnitId: team.id,
        managerId,
        roles: [],
        active: true,
        password,
      });
      return { id: person.id, name: person.displayName, email: person.email, password };
    };

    const manager = await createPerson(`Morgan Manager ${run}`, `morgan.${run}@e2e.example`, null);
    const report = await createPerson(`Riley Report ${run}`, `riley.${run}@e2e.example`, manager.id);
    return { team, manager, report };
  } finally {
    await admin.dispose();
  }
}
