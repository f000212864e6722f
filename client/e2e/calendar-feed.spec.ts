import { expect, test } from '@playwright/test';

import { setUpTeam } from './support/api';
import { setUpActiveContract, setUpNeedWithSelectedSolution } from './support/contract-setup';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('a learner creates a calendar link from Notifications, the feed holds their review dates, and a revoked link stops working', async ({
  page,
  request,
  baseURL,
}) => {
  const { manager, report } = await test.step('the administrator sets up a manager and a report', () => setUpTeam(baseURL!, run));
  const outcomes = ['Plan the weekly repairs rota'];
  const need = await test.step('the manager records a need and selects a solution for it (API)', () =>
    setUpNeedWithSelectedSolution(baseURL!, manager, report, {
      title: `Plan the repairs rota ${run}`,
      learningOutcomes: outcomes,
      solution: 'Coaching with the planning lead',
      cost: 300,
    }),
  );
  await test.step('both signed the contract, which starts today and has its progress reviews scheduled (API)', () =>
    setUpActiveContract(baseURL!, manager, report, { id: need.id, learningOutcomes: outcomes, cost: 300 }),
  );

  const feedPath = await test.step('the learner opens Notifications and creates a calendar link', async () => {
    await signIn(page, report.email, report.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications/ }).click();
    await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    const feed = page.getByRole('region', { name: 'Calendar feed' });
    await expect(feed).toContainText('You have no calendar link.');
    await feed.getByRole('button', { name: 'Create calendar link' }).click();
    const link = feed.getByRole('textbox', { name: 'Your calendar link' });
    await expect(link).toHaveValue(/\/api\/calendar\/.+\.ics$/);
    // The link names the public address; the test server listens elsewhere, so only its path is requested.
    return new URL(await link.inputValue()).pathname;
  });

  await test.step('the feed is an iCalendar holding the learner’s progress reviews, read without signing in', async () => {
    const response = await request.get(feedPath);
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toMatch(/SUMMARY:Progress review/);
  });

  await test.step('the learner revokes the link and the feed answers 404', async () => {
    const feed = page.getByRole('region', { name: 'Calendar feed' });
    await feed.getByRole('button', { name: 'Revoke link' }).click();
    await expect(feed).toContainText('You have no calendar link.');
    expect((await request.get(feedPath)).status()).toBe(404);
  });
});
