import { readFile } from 'node:fs/promises';

import { expect, type Page, test } from '@playwright/test';

import { setUpTeam } from './support/api';
import { choose, signIn, signOut } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('a manager records a 1:1 with an identified need, which the report finds in their plan and exports', async ({
  page,
  baseURL,
}) => {
  const { manager, report } = await test.step('the administrator sets up a manager and a report', () =>
    setUpTeam(baseURL!, run),
  );
  const need = {
    title: `Plan repairs schedules ${run}`,
    outcomes: ['Build a four-week repairs schedule in the planning tool', 'Explain the repairs priority rules to tenants'],
    improvement: 'Fewer missed repair appointments',
  };

  await test.step('the manager signs in and opens My team', async () => {
    await signIn(page, manager.email, manager.password);
    await mainNav(page).getByRole('link', { name: 'My team' }).click();
    await expect(page.getByRole('heading', { name: 'My team', level: 1 })).toBeVisible();
    const row = page.getByRole('table', { name: 'Your direct reports' }).getByRole('row').filter({ hasText: report.name });
    await expect(row).toContainText('None open');
    await row.getByRole('link', { name: 'Record 1:1' }).click();
  });

  await test.step('records a 1:1 with one identified need and two learning outcomes', async () => {
    await expect(page.getByRole('heading', { name: `Record a 1:1 with ${report.name}` })).toBeVisible();
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill('We went through the repairs planning work.');
    await page.getByRole('button', { name: 'Add an agreed outcome' }).click();
    await page.getByRole('textbox', { name: 'Agreed outcome 1' }).fill('Shadow the weekly planning meeting');

    await page.getByRole('button', { name: 'Add a development need' }).click();
    const fieldset = page.getByRole('group', { name: 'Development need 1' });
    await fieldset.getByRole('textbox', { name: 'Title', exact: true }).fill(need.title);
    await fieldset.getByRole('textbox', { name: 'Learning outcome 1' }).fill(need.outcomes[0]!);
    await fieldset.getByRole('button', { name: 'Add a learning outcome' }).click();
    await fieldset.getByRole('textbox', { name: 'Learning outcome 2' }).fill(need.outcomes[1]!);
    await fieldset.getByRole('textbox', { name: 'Expected improvement', exact: true }).fill(need.improvement);
    await choose(page, fieldset.getByRole('textbox', { name: 'Origin', exact: true }), 'Performance gap');
    await expect(fieldset.getByRole('checkbox', { name: 'Private' })).toBeDisabled();
    await page.getByRole('button', { name: 'Record 1:1' }).click();

    await expect(page.getByRole('heading', { name: /^One-to-one on / })).toBeVisible();
    const identified = page.getByRole('region', { name: 'Development needs identified' });
    await expect(identified.getByText(need.title)).toBeVisible();
    await expect(identified).toContainText('Identified');
  });

  await test.step('the team overview counts the open need', async () => {
    await mainNav(page).getByRole('link', { name: 'My team' }).click();
    const row = page.getByRole('table', { name: 'Your direct reports' }).getByRole('row').filter({ hasText: report.name });
    await expect(row).toContainText('1 open');
    await expect(row.getByLabel(`Open needs of ${report.name} by stage`)).toContainText('Identified 1');
    await signOut(page);
  });

  await test.step('the report signs in and sees the need and its outcomes in their plan', async () => {
    await signIn(page, report.email, report.password);
    await mainNav(page).getByRole('link', { name: 'My plan' }).click();
    await expect(page.getByRole('heading', { name: 'My development plan', level: 1 })).toBeVisible();
    const card = page.getByRole('article', { name: need.title });
    await expect(card).toBeVisible();
    await expect(card.getByRole('list', { name: `Learning outcomes of ${need.title}` }).getByRole('listitem')).toHaveText(
      need.outcomes,
    );
    await expect(card).toContainText('Identified');
    await expect(page.getByRole('table', { name: '1:1 discussions' })).toContainText(manager.name);
  });

  await test.step('exports the plan as JSON and as a printable page', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download plan (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^development-plan-.*\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      learner: { displayName: string };
      needs: { title: string; learningOutcomes: string[] }[];
    };
    expect(exported.learner.displayName).toBe(report.name);
    expect(exported.needs).toEqual([expect.objectContaining({ title: need.title, learningOutcomes: need.outcomes })]);

    const opening = page.waitForEvent('popup');
    await page.getByRole('link', { name: /Printable plan/ }).click();
    const printable = await opening;
    await expect(printable).toHaveTitle(`Development plan – ${report.name}`);
    await expect(printable.getByRole('heading', { name: need.title })).toBeVisible();
    await printable.close();
  });
});
