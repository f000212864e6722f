import { expect, type Page, test } from '@playwright/test';

import { setUpTeam } from './support/api';
import { setUpNeedWithSelectedSolution } from './support/contract-setup';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** A calendar date some days from today (negative: before), as date inputs and the API take it. */
const daysFromToday = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

test('a manager drafts and proposes a contract, the learner signs it, the manager countersigns and it is active', async ({
  browser,
  baseURL,
}) => {
  const { manager, report } = await test.step('the administrator sets up a manager and a report', () => setUpTeam(baseURL!, run));
  const need = await test.step('the manager records a need and selects a solution for it (API)', () =>
    setUpNeedWithSelectedSolution(baseURL!, manager, report, {
      title: `Plan planned maintenance ${run}`,
      learningOutcomes: ['Build a twelve-month planned maintenance programme', 'Explain the programme to the repairs team'],
      solution: 'Certificate in Maintenance Planning at Northside College',
      cost: 950,
    }),
  );

  // Two people at once, each in a browser of their own.
  const managerContext = await browser.newContext();
  const learnerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  const learnerPage = await learnerContext.newPage();

  try {
    await test.step('the manager opens the report’s plan and drafts a contract from the need', async () => {
      await signIn(managerPage, manager.email, manager.password);
      await mainNav(managerPage).getByRole('link', { name: 'My team' }).click();
      await managerPage.getByRole('link', { name: `View plan of ${report.name}` }).click();
      const card = managerPage.getByRole('article', { name: need.title });
      await card.getByRole('link', { name: `Draft contract for ${need.title}` }).click();
      await expect(managerPage.getByRole('heading', { name: `Draft a contract: ${need.title}`, level: 1 })).toBeVisible();
    });

    await test.step('the editor starts from the need’s outcomes and the option’s cost; the manager completes the terms', async () => {
      const page = managerPage;
      await expect(page.getByText('Certificate in Maintenance Planning at Northside College')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Learning outcome 1' })).toHaveValue(need.learningOutcomes[0]!);
      await expect(page.getByRole('textbox', { name: 'Learning outcome 2' })).toHaveValue(need.learningOutcomes[1]!);
      await expect(page.getByRole('textbox', { name: /^Cost/ })).toHaveValue('950');

      // The learning started yesterday, so the contract is active as soon as both have signed.
      await page.getByLabel(/^Start date/).fill(daysFromToday(-1));
      await page.getByLabel(/^End date/).fill(daysFromToday(90));
      await page.getByRole('textbox', { name: /^Hours a week/ }).fill('3');
      await page.getByRole('textbox', { name: /^Study days/ }).fill('2');
      await page.getByRole('textbox', { name: /^Review every/ }).fill('4');
      await page.getByLabel(/^First review on/).fill(daysFromToday(27));
      await page.getByRole('button', { name: 'Add a curriculum topic' }).click();
      await page.getByRole('textbox', { name: 'Curriculum topic 1' }).fill('Planned maintenance cycles');
      await page.getByRole('button', { name: 'Add an assignment topic' }).click();
      await page.getByRole('textbox', { name: 'Assignment topic 1' }).fill('A maintenance plan for the Eastfield estate');
      await page.getByRole('textbox', { name: /^Measure/ }).fill('Emergency repairs');
      await page.getByRole('textbox', { name: /^Unit/ }).fill('per month');
      await page.getByRole('textbox', { name: /^Baseline value/ }).fill('42');
      await page.getByLabel(/^Baseline date/).fill(daysFromToday(-8));
      await page.getByRole('checkbox', { name: 'Time for study and workplace research' }).check();
      await page.getByRole('checkbox', { name: 'Available for consultation on work projects' }).check();
      await page.getByRole('button', { name: `Save and propose to ${report.name}` }).click();
    });

    await test.step('the contract is proposed and waits for the learner', async () => {
      await expect(managerPage.getByRole('heading', { name: `Contract: ${need.title}`, level: 1 })).toBeVisible();
      await expect(managerPage.getByText(`Version 1 waits for ${report.name} to sign.`)).toBeVisible();
      await expect(managerPage.getByRole('region', { name: 'Proposed terms: version 1' })).toContainText('Emergency repairs (per month)');
    });

    await test.step('the learner, in a second browser, finds the contract to sign and signs it', async () => {
      const page = learnerPage;
      await signIn(page, report.email, report.password);
      await mainNav(page).getByRole('link', { name: 'Contracts 1 to sign' }).click();
      await page.getByRole('link', { name: 'Contracts to sign (1)' }).click();
      await expect(page.getByRole('heading', { name: 'Contracts to sign', level: 1 })).toBeVisible();

      const card = page.getByRole('article', { name: need.title });
      await expect(card.getByRole('list', { name: 'Learning outcomes (version 1)' }).getByRole('listitem')).toHaveText(
        need.learningOutcomes,
      );
      await expect(card).toContainText('3 hours a week and 2 study days');
      await expect(card).toContainText('£950.00');
      await expect(card.getByRole('list', { name: 'Support commitments (version 1)' })).toContainText(
        'Available for consultation on work projects',
      );
      await card.getByRole('button', { name: 'Sign version 1' }).click();
      await expect(page.getByText('Nothing to sign')).toBeVisible();
    });

    await test.step('the manager sees the learner’s signature and countersigns', async () => {
      const page = managerPage;
      await page.reload();
      await expect(page.getByText(new RegExp(`${report.name} signed version 1 on .*: countersign to agree it\\.`))).toBeVisible();
      await expect(page.getByRole('group', { name: 'Signatures on version 1' })).toContainText(`Learner: signed by ${report.name}`);
      await page.getByRole('button', { name: 'Countersign version 1' }).click();

      await expect(page.getByRole('region', { name: 'Terms in force: version 1' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Active since' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Contract actions' }).getByRole('button', { name: 'Complete' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Versions of the contract' })).toContainText(report.name);
    });

    await test.step('the learner sees the contract active too', async () => {
      const page = learnerPage;
      await mainNav(page).getByRole('link', { name: 'Contracts', exact: true }).click();
      const row = page.getByRole('row').filter({ hasText: need.title });
      await expect(row).toContainText('Active');
      await row.getByRole('link', { name: need.title, exact: true }).click();
      await expect(page.getByRole('heading', { name: `Contract: ${need.title}`, level: 1 })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Active since' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Signatures on version 1' })).toContainText(`Manager: signed by ${manager.name}`);
      await expect(page.getByRole('button', { name: 'Complete' })).toHaveCount(0);
    });

    await test.step('the print view shows the agreed terms with both signatures', async () => {
      const page = managerPage;
      await page.getByRole('link', { name: 'Print view' }).click();
      await expect(page.getByRole('heading', { name: 'Learning contract', level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(`Learning contract – ${report.name}`);
      const agreed = page.getByRole('region', { name: 'Agreed terms (version 1)' });
      await expect(agreed).toContainText(`Signed by ${report.name}`);
      await expect(agreed).toContainText(`Signed by ${manager.name}`);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    });
  } finally {
    await managerContext.close();
    await learnerContext.close();
  }
});
