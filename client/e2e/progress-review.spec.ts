import { expect, type Page, test } from '@playwright/test';

import { setUpTeam } from './support/api';
import { daysFromToday, setUpActiveContract, setUpNeedWithSelectedSolution } from './support/contract-setup';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the learner writes their part and raises an idea; the manager records the review and declines the idea; the learner sees both', async ({
  browser,
  baseURL,
}) => {
  const { manager, report } = await test.step('the administrator sets up a manager and a report', () => setUpTeam(baseURL!, run));
  const outcomes = ['Build a twelve-month planned maintenance programme', 'Explain the programme to the repairs team'];
  const need = await test.step('the manager records a need and selects a solution for it (API)', () =>
    setUpNeedWithSelectedSolution(baseURL!, manager, report, {
      title: `Plan planned maintenance ${run}`,
      learningOutcomes: outcomes,
      solution: 'Certificate in Maintenance Planning at Northside College',
      cost: 950,
    }),
  );
  await test.step('both sign a contract that starts today; its reviews are scheduled (API)', () =>
    setUpActiveContract(baseURL!, manager, report, { id: need.id, learningOutcomes: outcomes, cost: 950 }),
  );

  const reflection = 'I drafted the first quarter of the programme with the planning lead.';
  const notes = `Good start on the programme ${run}; present it to the team next month.`;
  const idea = `Batch repairs by estate ${run}`;
  const reason = 'The estates are re-zoned next year; raise it again then.';

  // Two people at once, each in a browser of their own.
  const learnerContext = await browser.newContext();
  const managerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  const managerPage = await managerContext.newPage();

  try {
    await test.step('the learner finds the first review from their contracts; it is due', async () => {
      const page = learnerPage;
      await signIn(page, report.email, report.password);
      await mainNav(page).getByRole('link', { name: 'Contracts', exact: true }).click();
      await page.getByRole('row').filter({ hasText: need.title }).getByRole('link', { name: `Progress reviews for ${need.title}` }).click();
      const schedule = page.getByRole('table', { name: 'Progress reviews' });
      const first = schedule.getByRole('row').filter({ hasText: 'Review 1' });
      await expect(first).toContainText('Due');
      await expect(page.getByText('A review is due this week')).toBeVisible();
      await first.getByRole('link', { name: 'Review 1' }).click();
      await expect(page.getByRole('heading', { name: `Progress review 1: ${report.name}`, level: 1 })).toBeVisible();
    });

    await test.step('the learner writes evidence, attaches a file and writes a reflection, and saves their part', async () => {
      const page = learnerPage;
      const outcome = page.getByRole('group', { name: `Outcome 1: ${outcomes[0]}` });
      await outcome.getByRole('textbox', { name: /^Evidence/ }).fill('Draft programme for April to June');
      await outcome.getByRole('button', { name: 'Add a link' }).click();
      await outcome.getByRole('textbox', { name: 'Link 1 for outcome 1' }).fill('https://intranet.example/maintenance-programme');
      // A file is kept as soon as it is attached; what was typed stays in the form.
      const chooser = page.waitForEvent('filechooser');
      await outcome.getByRole('button', { name: 'Attach a file to outcome 1' }).click();
      await (await chooser).setFiles({ name: 'programme-draft.txt', mimeType: 'text/plain', buffer: Buffer.from('April: boilers\nMay: roofs\n') });
      await expect(outcome.getByRole('link', { name: 'Download programme-draft.txt' })).toBeVisible();
      await expect(outcome.getByRole('textbox', { name: /^Evidence/ })).toHaveValue('Draft programme for April to June');
      await page.getByRole('textbox', { name: /^Reflection/ }).fill(reflection);
      await page.getByRole('textbox', { name: /^What stops you learning/ }).fill('Emergency call-outs on Fridays');
      await page.getByRole('button', { name: 'Save my part' }).click();
      await expect(page.getByText('Your part of the review is saved')).toBeVisible();

      await page.reload();
      await expect(page.getByRole('textbox', { name: /^Reflection/ })).toHaveValue(reflection);
      await expect(
        page.getByRole('group', { name: `Outcome 1: ${outcomes[0]}` }).getByRole('textbox', { name: 'Link 1 for outcome 1' }),
      ).toHaveValue('https://intranet.example/maintenance-programme');
    });

    await test.step('the learner raises an idea on the contract', async () => {
      const page = learnerPage;
      await page.getByRole('link', { name: 'All reviews of this contract' }).click();
      await page.getByRole('tab', { name: 'Ideas' }).click();
      await page.getByRole('button', { name: 'Raise an idea' }).click();
      await page.getByRole('textbox', { name: /^Title/ }).fill(idea);
      await page.getByRole('textbox', { name: /^Description/ }).fill('Send one team per estate each day instead of criss-crossing the town.');
      await page.getByRole('button', { name: 'Raise idea' }).click();
      const card = page.getByRole('article', { name: idea });
      await expect(card).toContainText('Open');
      await expect(card).toContainText('answer by');
    });

    await test.step('the manager opens the same review from the report’s plan and reads the learner’s part', async () => {
      const page = managerPage;
      await signIn(page, manager.email, manager.password);
      await mainNav(page).getByRole('link', { name: 'My team' }).click();
      await page.getByRole('link', { name: `View plan of ${report.name}` }).click();
      await page.getByRole('article', { name: need.title }).getByRole('link', { name: `Progress reviews for ${need.title}` }).click();
      await page.getByRole('table', { name: 'Progress reviews' }).getByRole('link', { name: 'Review 1' }).click();
      await expect(page.getByRole('heading', { name: `Progress review 1: ${report.name}`, level: 1 })).toBeVisible();
      await expect(page.getByText(reflection)).toBeVisible();
      const outcome = page.getByRole('group', { name: `Outcome 1: ${outcomes[0]}` });
      await expect(outcome).toContainText('Draft programme for April to June');
      await expect(outcome.getByRole('link', { name: 'https://intranet.example/maintenance-programme' })).toBeVisible();
      const download = page.waitForEvent('download');
      await outcome.getByRole('link', { name: 'Download programme-draft.txt' }).click();
      expect((await download).suggestedFilename()).toBe('programme-draft.txt');
      await expect(page.getByRole('button', { name: 'Save my part' })).toHaveCount(0);
    });

    await test.step('the manager rates each outcome, agrees an action and records the review as held', async () => {
      const page = managerPage;
      await page.getByRole('group', { name: `Outcome 1: ${outcomes[0]}` }).getByRole('radio', { name: 'Progressing' }).check();
      await page.getByRole('group', { name: `Outcome 2: ${outcomes[1]}` }).getByRole('radio', { name: 'Not started' }).check();
      await page.getByRole('radio', { name: 'On track' }).check();
      await page.getByRole('textbox', { name: /^Time given/ }).fill('2');
      await page.getByRole('textbox', { name: /^Manager’s notes/ }).fill(notes);
      await page.getByRole('button', { name: 'Add an action' }).click();
      await page.getByRole('textbox', { name: /^Action 1/ }).fill('Present the draft programme to the repairs team');
      await page.getByRole('combobox', { name: /^Owner of action 1/ }).selectOption({ label: `${report.name} (learner)` });
      await page.getByLabel(/^Due date of action 1/).fill(daysFromToday(14));
      await page.getByRole('button', { name: 'Record review' }).click();

      await expect(page.getByRole('status').filter({ hasText: /^Held on/ })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Record review' })).toHaveCount(0);
      await expect(page.getByRole('table', { name: 'Actions agreed at this review' })).toContainText(
        'Present the draft programme to the repairs team',
      );
    });

    await test.step('the manager declines the idea, giving the reason', async () => {
      const page = managerPage;
      await page.getByRole('link', { name: 'All reviews of this contract' }).click();
      await expect(page.getByRole('table', { name: 'Progress reviews' }).getByRole('row').filter({ hasText: 'Review 1' })).toContainText(
        'Held',
      );
      await page.getByRole('tab', { name: 'Ideas' }).click();
      await page.getByRole('article', { name: idea }).getByRole('button', { name: `Respond to ${idea}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Respond to the idea' });
      await dialog.getByRole('radio', { name: /^Decline it/ }).check();
      await dialog.getByRole('button', { name: 'Send answer' }).click();
      await expect(dialog.getByText('Say why the idea cannot be implemented.')).toBeVisible();
      await dialog.getByRole('textbox', { name: /^Reason/ }).fill(reason);
      await dialog.getByRole('button', { name: 'Send answer' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('article', { name: idea })).toContainText('Declined');
    });

    await test.step('the learner sees the review held, with the manager’s notes, and the idea declined with the reason', async () => {
      const page = learnerPage;
      // What the manager did since the learner's page last read it.
      await page.reload();
      await page.getByRole('tab', { name: 'Progress reviews' }).click();
      const first = page.getByRole('table', { name: 'Progress reviews' }).getByRole('row').filter({ hasText: 'Review 1' });
      await expect(first).toContainText('Held');
      await expect(first).toContainText('On track');
      await first.getByRole('link', { name: 'Review 1' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^Held on/ })).toBeVisible();
      await expect(page.getByText(notes)).toBeVisible();
      await expect(page.getByRole('group', { name: `Outcome 1: ${outcomes[0]}` })).toContainText('Progressing');
      await expect(page.getByRole('button', { name: 'Save my part' })).toHaveCount(0);

      await page.getByRole('link', { name: 'All reviews of this contract' }).click();
      await page.getByRole('tab', { name: 'Ideas' }).click();
      const card = page.getByRole('article', { name: idea });
      await expect(card).toContainText('Declined');
      await expect(card).toContainText(`Reason: ${reason}`);
      await expect(card).toContainText(`Declined by ${manager.name}`);
    });
  } finally {
    await learnerContext.close();
    await managerContext.close();
  }
});
