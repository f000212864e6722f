import { type APIRequestContext, expect, request } from '@playwright/test';

import { E2E_ADMIN } from './accounts';

export type Account = { id: string; name: string; email: string; password: string };

/**
 * The API as one signed-in account — the bootstrap administrator unless told otherwise — for
 * setting up what a test needs without clicking through screens other specs cover.
 */
export class ApiSession {
  private constructor(
    private readonly context: APIRequestContext,
    private readonly xsrfToken: string,
  ) {}

  static async signIn(
    baseURL: string,
    credentials: { email: string; password: string } = E2E_ADMIN,
  ): Promise<ApiSession> {
    const context = await request.newContext({ baseURL });
    const response = await context.post('/api/auth/login', { data: { email: credentials.email, password: credentials.password } });
    expect(response.status(), await response.text()).toBe(200);
    // Unsafe requests carry the antiforgery token the server handed out at sign-in.
    const cookie = (await context.storageState()).cookies.find((candidate) => candidate.name === 'XSRF-TOKEN');
    expect(cookie, 'the XSRF-TOKEN cookie').toBeTruthy();
    return new ApiSession(context, decodeURIComponent(cookie!.value));
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
  const admin = await ApiSession.signIn(baseURL);
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

    const createPerson = (name: string, email: string, managerId: string | null) =>
      createAccount(admin, run, {
        name,
        email,
        jobTitle: managerId ? 'Repairs Planner' : 'Repairs Manager',
        orgUnitId: team.id,
        managerId,
      });

    const manager = await createPerson(`Morgan Manager ${run}`, `morgan.${run}@e2e.example`, null);
    const report = await createPerson(`Riley Report ${run}`, `riley.${run}@e2e.example`, manager.id);
    return { team, manager, report };
  } finally {
    await admin.dispose();
  }
}

/** A person who can sign in with a password, created by the administrator. */
async function createAccount(
  admin: ApiSession,
  run: string,
  person: { name: string; email: string; jobTitle: string; orgUnitId: string; managerId: string | null; roles?: string[] },
): Promise<Account> {
  const password = `E2e-Password-${run}`;
  const created = await admin.post<Person>('/api/people', {
    displayName: person.name,
    email: person.email,
    jobTitle: person.jobTitle,
    orgUnitId: person.orgUnitId,
    managerId: person.managerId,
    roles: person.roles ?? [],
    active: true,
    password,
  });
  return { id: created.id, name: created.displayName, email: created.email, password };
}

/** An L&D adviser with the HR role, in the given unit. */
export async function setUpHrAdviser(baseURL: string, run: string, orgUnitId: string): Promise<Account> {
  const admin = await ApiSession.signIn(baseURL);
  try {
    return await createAccount(admin, run, {
      name: `Harper HR ${run}`,
      email: `harper.${run}@e2e.example`,
      jobTitle: 'L&D Adviser',
      orgUnitId,
      managerId: null,
      roles: ['HR'],
    });
  } finally {
    await admin.dispose();
  }
}

/** Runs `work` with the API signed in as `account`, signing out afterwards. */
export async function asAccount<T>(baseURL: string, account: Account, work: (api: ApiSession) => Promise<T>): Promise<T> {
  const session = await ApiSession.signIn(baseURL, account);
  try {
    return await work(session);
  } finally {
    await session.dispose();
  }
}
