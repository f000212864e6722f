import { expect, type Page, test } from '@playwright/test';

import { asAccount, setUpHrAdviser, setUpTeam } from './support/api';
import { signIn, signOut } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('HR follows a change in the audit trail, and the learner finds it in the history of their records', async ({ page, baseURL }) => {
  const { team, manager, report } = await test.step('a team with a manager and a report, and an HR adviser', () => setUpTeam(baseURL!, run));
  const hr = await setUpHrAdviser(baseURL!, run, team.id);
  const title = `Run tenant panels ${run}`;

  await test.step('the manager records a need for the report', () =>
    asAccount(baseURL!, manager, (api) =>
      api.post('/api/development-needs', {
        learnerId: report.id,
        title,
        learningOutcomes: ['Chair a tenant panel to time'],
        performanceImprovement: 'Panels finish with clear actions',
        targetRole: null,
        businessNeedId: null,
        origin: 'PerformanceGap',
        isPrivate: false,
        priority: 'High',
        competencyTags: [],
      }),
    ),
  );

  await test.step('HR opens the audit trail and reads the values the manager sent', async () => {
    await signIn(page, hr.email, hr.password);
    await mainNav(page).getByRole('link', { name: 'Audit trail' }).click();
    await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();

    const trail = page.getByRole('table', { name: 'Audit trail' });
    const row = trail.getByRole('row').filter({ hasText: 'Create development need' }).filter({ hasText: manager.name });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: 'Show changes' }).click();
    await expect(trail.getByLabel('Values sent')).toContainText(title);
  });

  await test.step('narrows the trail to the report by clicking their name', async () => {
    const trail = page.getByRole('table', { name: 'Audit trail' });
    await trail.getByRole('button', { name: report.name }).first().click();
    await expect(page.getByText(`About ${report.name}`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`personId=${report.id}`));
    // Creating the report's account is about them too; its password never reached the trail.
    const created = trail.getByRole('row').filter({ hasText: 'Create person' }).filter({ hasText: report.name });
    // The narrowed trail replaces the whole one once it has loaded; other people's accounts leave with it.
    await expect(created).toHaveCount(1);
    await created.getByRole('button', { name: 'Show changes' }).click();
    const account = trail.getByLabel('Values sent').filter({ hasText: report.email });
    await expect(account).toContainText('"password": "[redacted]"');
    await expect(account).not.toContainText(report.password);
    await signOut(page);
  });

  await test.step('the report opens the history of their records from their plan', async () => {
    await signIn(page, report.email, report.password);
    await expect(mainNav(page).getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
    await mainNav(page).getByRole('link', { name: 'My plan' }).click();
    await page.getByRole('button', { name: 'Change history' }).click();

    const history = page.getByRole('dialog', { name: 'History of my records' }).getByRole('table', { name: 'History of my records' });
    await expect(history.getByRole('row').filter({ hasText: 'Create development need' }).filter({ hasText: manager.name })).toHaveCount(1);
    await expect(history.getByRole('row').filter({ hasText: 'Create person' })).toHaveCount(1);
  });
});
