import { expect, test } from '@playwright/test';

import { E2E_ADMIN } from './support/accounts';
import { choose, createUnit, signIn, signOut } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('an administrator sets up a team and a person, who can then sign in', async ({ page }) => {
  const department = `Operations ${run}`;
  const team = `Service Desk ${run}`;
  const person = {
    name: `Jordan Learner ${run}`,
    email: `jordan.${run}@e2e.example`,
    jobTitle: 'Service Analyst',
    password: `Initial-Password-${run}`,
  };

  await test.step('the administrator signs in', async () => {
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Administration')).toBeVisible();
  });

  await test.step('creates a department and a team under it', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }).click();
    await expect(page.getByRole('heading', { name: 'Organisation', level: 1 })).toBeVisible();
    await expect(page.getByRole('table').or(page.getByText('No org units yet'))).toBeVisible();

    // Use the organisation the database already has, or create one.
    const organisationRows = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Organisation', exact: true }) });
    let organisation: string;
    if ((await organisationRows.count()) > 0) {
      organisation = (await organisationRows.first().getByRole('cell').first().innerText()).trim();
    } else {
      organisation = `Acme ${run}`;
      await createUnit(page, { name: organisation, kind: 'Organisation' });
    }

    await createUnit(page, { name: department, kind: 'Department', parent: organisation });
    await createUnit(page, { name: team, kind: 'Team', parent: department });

    const teamRow = page.getByRole('row').filter({ hasText: team });
    await expect(teamRow.getByRole('cell').nth(1)).toHaveText('Team');
    await expect(teamRow.getByRole('cell').nth(2)).toHaveText(department);
  });

  await test.step('creates a person in the team with an initial password', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('link', { name: 'New person' }).click();
    await expect(page.getByRole('heading', { name: 'New person' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(person.name);
    await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(person.email);
    await page.getByRole('textbox', { name: 'Job title', exact: true }).fill(person.jobTitle);
    await choose(page, page.getByRole('textbox', { name: 'Org unit', exact: true }), `${team} (Team)`);
    await page.getByLabel(/^Initial password/).fill(person.password);
    await page.getByRole('button', { name: 'Create person' }).click();

    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search people' }).fill(person.email);
    const row = page.getByRole('row').filter({ hasText: person.email });
    await expect(row.getByRole('link', { name: person.name })).toBeVisible();
    await expect(row).toContainText(team);
  });

  await test.step('the administrator signs out', async () => {
    await signOut(page);
  });

  await test.step('the new person signs in and sees their name', async () => {
    await signIn(page, person.email, person.password);
    await expect(page.getByRole('banner')).toContainText(person.name);
    await expect(page.getByRole('heading', { name: `Welcome, ${person.name}` })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Administration')).toHaveCount(0);
  });
});
