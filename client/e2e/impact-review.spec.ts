import { expect, type Page, test } from '@playwright/test';

import { setUpTeam } from './support/api';
import { daysFromToday, setUpCompletedContract, setUpNeedWithSelectedSolution } from './support/contract-setup';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the learner gives their reaction; the manager reviews the impact by level, sees the ROI worked out and records it', async ({
  browser,
  baseURL,
}) => {
  const { manager, report } = await test.step('the administrator sets up a manager and a report', () => setUpTeam(baseURL!, run));
  const outcomes = ['Build a twelve-month planned maintenance programme', 'Explain the programme to the repairs team'];
  const need = await test.step('the manager records a need and selects a solution for it (API)', () =>
    setUpNeedWithSelectedSolution(baseURL!, manager, report, {
      title: `Cut emergency repairs ${run}`,
      learningOutcomes: outcomes,
      solution: 'Certificate in Maintenance Planning at Northside College',
      cost: 950,
    }),
  );
  // The E2E server runs on real time: the contract started 100 days ago and the learning was
  // completed 45 days ago, so the review's window (one to three months on) is open today.
  const { contract } = await test.step('both signed a contract that started 100 days ago; it was completed 45 days ago (API)', () =>
    setUpCompletedContract(baseURL!, manager, report, { id: need.id, learningOutcomes: outcomes, cost: 950 }, 45),
  );

  const learnerContext = await browser.newContext();
  const managerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  const managerPage = await managerContext.newPage();

  try {
    await test.step('the learner opens the impact review from the contract and gives their reaction', async () => {
      const page = learnerPage;
      await signIn(page, report.email, report.password);
      await page.goto(`/contracts/${contract.id}`);
      await page.getByRole('tab', { name: 'Impact review' }).click();
      await expect(page).toHaveURL(new RegExp(`/contracts/${contract.id}/impact-review$`));
      await expect(page.getByLabel('About this impact review')).toContainText('Due');
      // The manager's part is read-only for the learner.
      await expect(page.getByRole('button', { name: 'Record impact review' })).toHaveCount(0);
      await page.getByRole('radiogroup', { name: /^Relevance and value/ }).getByRole('radio', { name: '4' }).check();
      await page.getByRole('textbox', { name: /^Comment/ }).fill('Directly useful for the spring programme.');
      await page.getByRole('button', { name: 'Save my part' }).click();
      await expect(page.getByText('Your part of the impact review is saved')).toBeVisible();
    });

    await test.step('the manager finds the review among those due', async () => {
      const page = managerPage;
      await signIn(page, manager.email, manager.password);
      await mainNav(page).getByRole('link', { name: 'Impact reviews' }).click();
      await expect(page.getByRole('heading', { name: 'Impact reviews', level: 1 })).toBeVisible();
      const due = page.getByRole('table', { name: 'Due impact reviews' });
      const row = due.getByRole('row').filter({ hasText: need.title });
      await expect(row).toContainText(report.name);
      await expect(row).toContainText('Due by');
      await row.getByRole('link', { name: need.title }).click();
      await expect(page.getByRole('heading', { name: `Impact review: ${need.title}`, level: 1 })).toBeVisible();
      await expect(page.getByText('4 of 5')).toBeVisible();
      await expect(page.getByText('Directly useful for the spring programme.')).toBeVisible();
    });

    await test.step('the manager fills in the levels and sees the ROI worked out as a preview', async () => {
      const page = managerPage;
      for (const [number, outcome] of outcomes.entries()) {
        const group = page.getByRole('group', { name: `Outcome ${number + 1}: ${outcome}` });
        await group.getByRole('radio', { name: 'Yes' }).check();
        await group.getByRole('textbox', { name: 'Evidence' }).fill(`Evidence for outcome ${number + 1}`);
      }
      await page.getByRole('textbox', { name: /^Examples/ }).fill('Runs the weekly planning meeting');
      await page.getByRole('radiogroup', { name: /^Transfer rating/ }).getByRole('radio', { name: '4' }).check();
      await page.getByRole('textbox', { name: 'Value now (per month)' }).fill('30');
      await page.getByLabel(/^Measured on/).fill(daysFromToday(-1));
      await page.getByRole('combobox', { name: 'Method' }).selectOption('Estimate');
      await page.getByRole('textbox', { name: /^Attribution/ }).fill('80');
      await page.getByRole('textbox', { name: /^Confidence/ }).fill('75');
      await page.getByRole('textbox', { name: /^Annualised benefit/ }).fill('50000');
      // The fees come from the contract; the rest of the costs are the manager's to add.
      const fees = page.getByRole('textbox', { name: /^Fees/ });
      await expect(fees).toHaveValue('£950');
      await fees.fill('12000');

      const preview = page.getByRole('region', { name: 'ROI preview' });
      await expect(preview).toContainText('£30,000.00');
      await expect(preview).toContainText('£12,000.00');
      await expect(preview).toContainText('150.00 %');
      await expect(preview).toContainText('2.50');
    });

    await test.step('the manager records the review; the server’s figures are stored', async () => {
      const page = managerPage;
      await page.getByRole('button', { name: 'Record impact review' }).click();
      await expect(page.getByText('Impact review recorded')).toBeVisible();
      await expect(page.getByText(/^Recorded on/)).toBeVisible();
      await expect(page.getByLabel('About this impact review')).toContainText('Completed');
      const stored = page.getByRole('region', { name: 'Stored ROI figures' });
      await expect(stored).toContainText('150.00 %');
      await expect(stored).toContainText('2.50');
      await expect(page.getByRole('button', { name: 'Record impact review' })).toHaveCount(0);

      await mainNav(page).getByRole('link', { name: 'Impact reviews' }).click();
      // The segmented control's radios are visually hidden behind their labels.
      await page.getByRole('radio', { name: 'Completed' }).dispatchEvent('click');
      await expect(page.getByRole('radio', { name: 'Completed' })).toBeChecked();
      const completed = page.getByRole('table', { name: 'Completed impact reviews' });
      await expect(completed.getByRole('row').filter({ hasText: need.title })).toContainText('ROI 150.00 %');
    });

    await test.step('the learner sees the review recorded, read-only', async () => {
      const page = learnerPage;
      await page.reload();
      await expect(page.getByText(/^Recorded on/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Save my part' })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Stored ROI figures' })).toContainText('150.00 %');
    });
  } finally {
    await learnerContext.close();
    await managerContext.close();
  }
});
