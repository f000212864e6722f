import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { asAccount, setUpHrAdviser, setUpTeam } from './support/api';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('HR opens a report and downloads it as CSV', async ({ page, baseURL }) => {
  const { team, manager, report } = await test.step('a team with a manager and a report, and an HR adviser', () => setUpTeam(baseURL!, run));
  const hr = await setUpHrAdviser(baseURL!, run, team.id);

  await test.step('the manager records a need for the report', () =>
    asAccount(baseURL!, manager, (api) =>
      api.post('/api/development-needs', {
        learnerId: report.id,
        title: `Run tenant panels ${run}`,
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

  await test.step('HR opens the needs report from the navigation', async () => {
    await signIn(page, hr.email, hr.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Needs by origin and department' }).click();
    await expect(page.getByRole('heading', { name: 'Reports: Needs by origin and department', level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: 'Needs by origin and department' });
    await expect(table.getByRole('row').filter({ hasText: 'Performance gap' }).first()).toBeVisible();
  });

  await test.step('HR downloads the CSV and it starts with the column labels', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^needs-by-origin-and-department-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('Department,Origin,Needs,Private aspirations');
  });
});
