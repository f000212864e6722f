import { expect, test } from '@playwright/test';

import { E2E_ADMIN } from './support/accounts';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('an administrator checks an HRIS export, applies it and finds the people', async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);

  // Paths start with the organisation the database already has.
  const units = (await (await page.request.get('/api/org-units?limit=200')).json()) as {
    items: { name: string; kind: string }[];
  };
  const organisation = units.items.find((unit) => unit.kind === 'Organisation')!.name;
  const department = `Imported Services ${run}`;
  // The manager comes after the person who reports to them.
  const csv = [
    'Email,Display name,Job title,Org unit,Manager email,Roles,Active',
    `kim.${run}@e2e.example,Kim Imported ${run},Planner,${organisation}/${department}/Repairs,lee.${run}@e2e.example,,true`,
    `lee.${run}@e2e.example,Lee Imported ${run},Repairs Manager,${organisation}/${department},,Facilitator,true`,
  ].join('\n');
  const file = { name: 'hris-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

  await test.step('opens the import from the people page and checks the file', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('link', { name: 'Import people' }).click();
    await expect(page.getByRole('heading', { name: 'Import people', level: 1 })).toBeVisible();

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Check file' }).click();

    await expect(page.getByText('The file is ready to apply')).toBeVisible();
    await expect(page.getByText('2 to create')).toBeVisible();
    const results = page.getByRole('table', { name: 'Import results' });
    await expect(results.getByRole('row', { name: new RegExp(`kim\\.${run}`) })).toContainText('2');
    await expect(results.getByRole('row', { name: new RegExp(`lee\\.${run}`) })).toContainText('created');
  });

  await test.step('applies it', async () => {
    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect(page.getByText('Import applied')).toBeVisible();
  });

  await test.step('finds the people with their unit and role', async () => {
    await page.getByRole('link', { name: 'People' }).first().click();
    await page.getByRole('searchbox', { name: 'Search people' }).fill(run);
    const people = page.getByRole('table', { name: 'People' });
    await expect(people.getByRole('row', { name: new RegExp(`Kim Imported ${run}`) })).toContainText('Repairs');
    const lee = people.getByRole('row', { name: new RegExp(`Lee Imported ${run}`) });
    await expect(lee).toContainText('Facilitator');
    await expect(lee).toContainText('Manager');
  });

  await test.step('checking the same file again finds nothing to change', async () => {
    await page.getByRole('link', { name: 'Import people' }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(page.getByText('2 unchanged')).toBeVisible();
  });
});
