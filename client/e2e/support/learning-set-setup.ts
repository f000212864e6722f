import { type Account, ApiSession } from './api';

type Unit = { id: string; name: string; kind: string };
type Person = { id: string; displayName: string; email: string };

/**
 * A facilitator (the Facilitator role, not HR: the facilitator forms the sets they run) and four
 * peers who can sign in, in a department of their own — nothing the demo data or other specs own.
 */
export async function setUpLearningSetPeople(baseURL: string, run: string) {
  const admin = await ApiSession.signIn(baseURL);
  try {
    const units = await admin.get<{ items: Unit[] }>('/api/org-units?limit=200');
    const organisation =
      units.items.find((unit) => unit.kind === 'Organisation') ??
      (await admin.post<Unit>('/api/org-units', { name: `Acme ${run}`, kind: 'Organisation', parentId: null }));
    const department = await admin.post<Unit>('/api/org-units', { name: `Tenancy ${run}`, kind: 'Department', parentId: organisation.id });
    const password = `E2e-Password-${run}`;

    const account = async (name: string, jobTitle: string, roles: string[] = []): Promise<Account & { jobTitle: string }> => {
      const email = `${name.split(' ')[0]!.toLowerCase()}.${run}@e2e.example`;
      const created = await admin.post<Person>('/api/people', {
        displayName: `${name} ${run}`,
        email,
        jobTitle,
        orgUnitId: department.id,
        managerId: null,
        roles,
        active: true,
        password,
      });
      return { id: created.id, name: created.displayName, email: created.email, password, jobTitle };
    };

    const facilitator = await account('Frankie Facilitator', 'Organisation Development Adviser', ['Facilitator']);
    const peers = [
      await account('Pat Peer', 'Repairs Planner'),
      await account('Pia Peer', 'Housing Officer'),
      await account('Pol Peer', 'Income Officer'),
      await account('Pru Peer', 'Multi-trade Operative'),
    ];
    return { facilitator, peers };
  } finally {
    await admin.dispose();
  }
}
