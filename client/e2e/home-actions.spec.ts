import { expect, test } from '@playwright/test';

import { setUpTeam } from './support/api';
import { setUpActiveContract, setUpNeedWithSelectedSolution } from './support/contract-setup';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('a manager’s home page lists an overdue progress review of their report, and the link opens it', async ({ page, baseURL }) => {
  const { manager, report } = await test.step('the administrator sets up a manager and a report', () => setUpTeam(baseURL!, run));
  const outcomes = ['Build a twelve-month planned maintenance programme'];
  const need = await test.step('the manager records a need and selects a solution for it (API)', () =>
    setUpNeedWithSelectedSolution(baseURL!, manager, report, {
      title: `Plan planned maintenance ${run}`,
      learningOutcomes: outcomes,
      solution: 'Certificate in Maintenance Planning at Northside College',
      cost: 950,
    }),
  );
  await test.step('both signed a contract that started 40 days ago: its first review, 36 days ago, was never held (API)', () =>
    setUpActiveContract(baseURL!, manager, report, { id: need.id, learningOutcomes: outcomes, cost: 950 }, 40),
  );

  await test.step('the manager signs in and sees the overdue review first, with a count on Home', async () => {
    await signIn(page, manager.email, manager.password);
    const overdue = page.getByRole('region', { name: 'Overdue' });
    await expect(overdue).toBeVisible();
    const headings = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(headings.first()).toHaveText('Overdue');
    await expect(overdue.getByRole('link', { name: `${report.name}: Progress review overdue since` }).first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Home \d+ need your action$/ })).toBeVisible();
  });

  await test.step('the link opens the review', async () => {
    await page.getByRole('region', { name: 'Overdue' }).getByRole('link', { name: `${report.name}: Progress review overdue since` }).first().click();
    await expect(page).toHaveURL(/\/progress-reviews\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { name: `Progress review 1: ${report.name}`, level: 1 })).toBeVisible();
  });
});
