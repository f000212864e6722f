import { type APIRequestContext, expect, request } from '@playwright/test';

import type { Account } from './api';

/**
 * The API as one signed-in person (here: the line manager), for the steps of a contract test
 * that other specs cover through the screens.
 */
class SignedInApi {
  private constructor(
    private readonly context: APIRequestContext,
    private readonly xsrfToken: string,
  ) {}

  static async signIn(baseURL: string, account: Pick<Account, 'email' | 'password'>): Promise<SignedInApi> {
    const context = await request.newContext({ baseURL });
    const response = await context.post('/api/auth/login', { data: { email: account.email, password: account.password } });
    expect(response.status(), await response.text()).toBe(200);
    // Unsafe requests carry the antiforgery token the server handed out at sign-in.
    const cookie = (await context.storageState()).cookies.find((candidate) => candidate.name === 'XSRF-TOKEN');
    expect(cookie, 'the XSRF-TOKEN cookie').toBeTruthy();
    return new SignedInApi(context, decodeURIComponent(cookie!.value));
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.context.get(path);
    expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  /** A GET whose status the caller checks, e.g. while waiting for something the outbox does. */
  async raw(path: string) {
    return this.context.get(path);
  }

  async post<T>(path: string, data: unknown, status = 201): Promise<T> {
    const response = await this.context.post(path, { data, headers: { 'X-XSRF-TOKEN': this.xsrfToken } });
    expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(status);
    return (await response.json()) as T;
  }

  async dispose() {
    await this.context.dispose();
  }
}

type Need = { id: string; title: string; status: string; learningOutcomes: string[] };
type Option = { id: string; version: number; status: string };

/**
 * As the line manager: a development need for the report with one solution option, selected —
 * the point at which a learning contract can be drafted.
 */
export async function setUpNeedWithSelectedSolution(
  baseURL: string,
  manager: Account,
  report: Account,
  need: { title: string; learningOutcomes: string[]; solution: string; cost: number },
) {
  const api = await SignedInApi.signIn(baseURL, manager);
  try {
    const created = await api.post<Need>('/api/development-needs', {
      learnerId: report.id,
      title: need.title,
      learningOutcomes: need.learningOutcomes,
      performanceImprovement: 'Fewer emergency repairs',
      targetRole: null,
      businessNeedId: null,
      origin: 'PerformanceGap',
      isPrivate: false,
      priority: 'High',
      competencyTags: [],
    });
    const option = await api.post<Option>(`/api/development-needs/${created.id}/options`, {
      solutionType: 'ExternalTraining',
      description: need.solution,
      knowledgeRating: 4,
      skillRating: 4,
      behaviourRating: 3,
      transferRating: 5,
      sustainabilityRating: 4,
      cost: need.cost,
      hoursAway: 40,
    });
    const selected = await api.post<Option>(
      `/api/solution-options/${option.id}/select`,
      { rationale: 'Best transfer to the repairs planning work', version: option.version },
      200,
    );
    expect(selected.status).toBe('Selected');
    return created;
  } finally {
    await api.dispose();
  }
}

type Contract = { id: string; status: string; version: number; pending: { number: number } | null };
type Schedule = { reviews: { id: string; sequence: number | null; state: string }[] };

/** A calendar date some days from today (negative: before), as the API takes it. */
export const daysFromToday = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/**
 * The contract for a need, drafted and proposed by the line manager and signed by both, starting
 * today — so it is active at once — with its first progress review a few days on. Waits for the
 * review schedule, which follows the contract's start through the outbox.
 */
export async function setUpActiveContract(
  baseURL: string,
  manager: Account,
  report: Account,
  need: { id: string; learningOutcomes: string[]; cost: number },
  /** Started this many days ago (a past start is active at once), its first review four days after the start. */
  startedDaysAgo = 0,
) {
  const managerApi = await SignedInApi.signIn(baseURL, manager);
  const learnerApi = await SignedInApi.signIn(baseURL, report);
  try {
    const drafted = await managerApi.post<Contract>('/api/contracts', {
      needId: need.id,
      terms: {
        learningOutcomes: need.learningOutcomes,
        startDate: daysFromToday(-startedDaysAgo),
        endDate: daysFromToday(90),
        hoursPerWeek: 3,
        studyDays: null,
        reviewCadenceWeeks: 4,
        firstReviewOn: daysFromToday(startedDaysAgo === 0 ? 3 : -startedDaysAgo + 4),
        curriculumTopics: [],
        assignmentTopics: [],
        mentorId: null,
        cost: need.cost,
        measureName: 'Emergency repairs',
        measureUnit: 'per month',
        baselineValue: 42,
        baselineDate: daysFromToday(-startedDaysAgo - 8),
        supportCommitments: ['StudyTime', 'ChampionIdeas'],
        supportNotes: null,
      },
    });
    const proposed = await managerApi.post<Contract>(`/api/contracts/${drafted.id}/propose`, { version: drafted.version }, 200);
    const signed = await learnerApi.post<Contract>(
      `/api/contracts/${drafted.id}/sign`,
      { versionNumber: proposed.pending!.number, version: proposed.version },
      200,
    );
    const active = await managerApi.post<Contract>(
      `/api/contracts/${drafted.id}/sign`,
      { versionNumber: signed.pending!.number, version: signed.version },
      200,
    );
    expect(active.status).toBe('Active');
    await expect
      .poll(async () => (await managerApi.get<Schedule>(`/api/contracts/${drafted.id}/progress-reviews`)).reviews.length, {
        message: 'the review schedule of the active contract',
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    return active;
  } finally {
    await managerApi.dispose();
    await learnerApi.dispose();
  }
}

/**
 * The contract for a need, signed by both with a start date 100 days ago (the terms allow a past
 * start; signing then makes it active at once), and completed by the line manager as of
 * `completedDaysAgo` days ago — so that its impact review's window (one to three months after
 * completion) is already open. Waits for the impact review, which the completion opens through
 * the outbox; returns the contract and the review's id.
 */
export async function setUpCompletedContract(
  baseURL: string,
  manager: Account,
  report: Account,
  need: { id: string; learningOutcomes: string[]; cost: number },
  completedDaysAgo: number,
) {
  const managerApi = await SignedInApi.signIn(baseURL, manager);
  const learnerApi = await SignedInApi.signIn(baseURL, report);
  try {
    const drafted = await managerApi.post<Contract>('/api/contracts', {
      needId: need.id,
      terms: {
        learningOutcomes: need.learningOutcomes,
        startDate: daysFromToday(-100),
        endDate: daysFromToday(-completedDaysAgo),
        hoursPerWeek: 3,
        studyDays: null,
        reviewCadenceWeeks: 4,
        firstReviewOn: daysFromToday(-72),
        curriculumTopics: [],
        assignmentTopics: [],
        mentorId: null,
        cost: need.cost,
        measureName: 'Emergency repairs',
        measureUnit: 'per month',
        baselineValue: 42,
        baselineDate: daysFromToday(-110),
        supportCommitments: ['StudyTime'],
        supportNotes: null,
      },
    });
    const proposed = await managerApi.post<Contract>(`/api/contracts/${drafted.id}/propose`, { version: drafted.version }, 200);
    const signed = await learnerApi.post<Contract>(
      `/api/contracts/${drafted.id}/sign`,
      { versionNumber: proposed.pending!.number, version: proposed.version },
      200,
    );
    const active = await managerApi.post<Contract>(
      `/api/contracts/${drafted.id}/sign`,
      { versionNumber: signed.pending!.number, version: signed.version },
      200,
    );
    expect(active.status).toBe('Active');
    const completed = await managerApi.post<Contract>(
      `/api/contracts/${drafted.id}/complete`,
      { completedOn: daysFromToday(-completedDaysAgo), outcome: 'Completed', version: active.version },
      200,
    );
    expect(completed.status).toBe('Completed');
    let reviewId = '';
    await expect
      .poll(
        async () => {
          const response = await managerApi.raw(`/api/contracts/${drafted.id}/impact-review`);
          if (response.status() !== 200) return null;
          const review = (await response.json()) as { id: string; status: string };
          reviewId = review.id;
          return review.status;
        },
        { message: 'the impact review the completion opens', timeout: 15_000 },
      )
      .toBe('Due');
    return { contract: completed, reviewId };
  } finally {
    await managerApi.dispose();
    await learnerApi.dispose();
  }
}
