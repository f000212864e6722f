import { expect, type Page, test } from '@playwright/test';

import { ApiSession, asAccount, setUpHrAdviser } from './support/api';
import { daysFromToday } from './support/contract-setup';
import { setUpLearningSetPeople } from './support/learning-set-setup';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the facilitator records a one-to-one the member reads; the programme review is opened, answered and HR sees its results', async ({
  browser,
  baseURL,
}) => {
  // Three people through the screens: more than the default minute on a busy machine.
  test.slow();
  const setName = `Repairs leaders set ${run}`;
  const reframed = `Cut the wait for a repair booking in my patch to a week ${run}`;

  const { facilitator, peers, hr, setId } = await test.step('a facilitator, four peers, an HR adviser and a forming set (API)', async () => {
    const people = await setUpLearningSetPeople(baseURL!, run);
    const admin = await ApiSession.signIn(baseURL!);
    let organisationId: string;
    try {
      const units = await admin.get<{ items: { id: string; kind: string }[] }>('/api/org-units?limit=200');
      organisationId = units.items.find((unit) => unit.kind === 'Organisation')!.id;
    } finally {
      await admin.dispose();
    }
    const hrAdviser = await setUpHrAdviser(baseURL!, run, organisationId);
    const set = await asAccount(baseURL!, people.facilitator, (api) =>
      api.post<{ id: string }>('/api/learning-sets', {
        name: setName,
        purpose: 'Front-line leaders tackling repairs problems together',
        facilitatorId: people.facilitator.id,
        meetingCadence: 'every 4 weeks',
        memberIds: people.peers.map((peer) => peer.id),
      }),
    );
    return { ...people, hr: hrAdviser, setId: set.id };
  });
  const pat = peers[0]!;

  const facilitatorContext = await browser.newContext();
  const memberContext = await browser.newContext();
  const hrContext = await browser.newContext();
  const page = await facilitatorContext.newPage();
  const memberPage = await memberContext.newPage();
  const hrPage = await hrContext.newPage();

  try {
    await test.step('the facilitator records Pat’s one-to-one before the first meeting', async () => {
      await signIn(page, facilitator.email, facilitator.password);
      await page.goto(`/learning-sets/${setId}`);
      await expect(page.getByRole('heading', { name: setName, level: 1 })).toBeVisible();
      const oneToOnes = page.getByRole('region', { name: 'One-to-ones' });
      await expect(oneToOnes).toContainText('0 of 4 members have had their one-to-one.');
      // The set names the members still without one.
      await expect(page.getByRole('region', { name: 'About this set' })).toContainText(pat.name);

      await oneToOnes.getByRole('button', { name: `Record the one-to-one with ${pat.name}` }).click();
      const dialog = page.getByRole('dialog', { name: `One-to-one with ${pat.name}` });
      // Nothing filled in: the rules say what is missing, and nothing is sent.
      await dialog.getByRole('button', { name: 'Save one-to-one' }).click();
      await expect(dialog.getByText('Reframe the project into something achievable.')).toBeVisible();

      await dialog.getByLabel(/^Held on/).fill(daysFromToday(-3));
      await dialog.getByRole('textbox', { name: /^Development project/ }).fill('Fix the whole repairs service');
      await dialog.getByRole('textbox', { name: /^Reframed project/ }).fill(reframed);
      await dialog.getByRole('button', { name: 'Save one-to-one' }).click();
      await expect(dialog).toBeHidden();
      await expect(oneToOnes).toContainText('1 of 4 members have had their one-to-one.');
      await expect(oneToOnes.getByRole('row', { name: new RegExp(pat.name) })).toContainText(reframed);
    });

    await test.step('Pat reads their own one-to-one on the set page', async () => {
      await signIn(memberPage, pat.email, pat.password);
      await mainNav(memberPage).getByRole('link', { name: 'Learning sets' }).click();
      await memberPage.getByRole('link', { name: setName }).click();
      const mine = memberPage.getByRole('region', { name: 'My one-to-one' });
      await expect(mine).toContainText(reframed);
      await expect(mine).toContainText('Fix the whole repairs service');
      await expect(mine.getByRole('button')).toHaveCount(0);
      // A member does not open the review.
      await expect(memberPage.getByRole('button', { name: 'Open the programme review' })).toHaveCount(0);
    });

    await test.step('the facilitator starts the set running and opens the programme review', async () => {
      await page.getByRole('button', { name: 'Mark as running' }).click();
      await expect(page.getByRole('region', { name: 'About this set' })).toContainText('Running');
      const review = page.getByRole('region', { name: 'Programme review', exact: true });
      await review.getByRole('button', { name: 'Open the programme review' }).click();
      // Four members and the facilitator are asked; the peers have no line manager to sponsor them.
      await expect(review).toContainText('0 of 5 answered');
      await expect(review.getByRole('table', { name: 'Who was asked' }).getByRole('row')).toHaveCount(6);
    });

    await test.step('Pat finds the review among those to answer and answers it', async () => {
      // The review was opened in another browser since Pat last looked: a fresh page reads it.
      await memberPage.goto('/learning-sets');
      const toAnswer = memberPage.getByRole('region', { name: 'Programme reviews to answer' });
      await expect(toAnswer).toContainText(setName);
      await expect(toAnswer).toContainText('Waiting for your answer');
      await toAnswer.getByRole('link', { name: `Answer the review of ${setName}` }).click();

      await expect(memberPage.getByRole('heading', { name: `Programme review: ${setName}`, level: 1 })).toBeVisible();
      const form = memberPage.getByRole('form', { name: 'Programme review' });
      await form.getByRole('button', { name: 'Send my answer' }).click();
      await expect(form.getByText("Rate the programme's value.")).toBeVisible();

      await form.getByRole('radio', { name: 'Excellent' }).check();
      await form.getByRole('textbox', { name: /^Strengths/ }).fill('Peers who ask the questions my manager never does');
      await form.getByRole('checkbox', { name: 'Time pressure' }).check();
      await form.getByRole('radiogroup', { name: /^Did you achieve your development goal/ }).getByRole('radio', { name: 'Yes' }).check();
      await form.getByRole('radiogroup', { name: /^Have you started a second phase/ }).getByRole('radio', { name: 'No' }).check();
      await form.getByRole('button', { name: 'Send my answer' }).click();
      await expect(form.getByText(/^Answered /)).toBeVisible();
      await expect(form.getByRole('button', { name: 'Save my changed answer' })).toBeVisible();
    });

    await test.step('HR sees the result percentages across sets and on the set', async () => {
      await signIn(hrPage, hr.email, hr.password);
      await mainNav(hrPage).getByRole('link', { name: 'Learning sets' }).click();
      const results = hrPage.getByRole('region', { name: 'Programme review results' });
      const row = results.getByRole('table', { name: 'Programme review results by set' }).getByRole('row', { name: new RegExp(setName) });
      await expect(row).toContainText('1 of 5 answered (20 %)');
      await expect(row).toContainText('100 %');

      await row.getByRole('link', { name: setName }).click();
      const review = hrPage.getByRole('region', { name: 'Programme review', exact: true });
      await expect(review).toContainText('100 % good or excellent');
      await expect(review).toContainText('1 of 5 answered (20 %)');
      const table = review.getByRole('table', { name: `Programme review results for ${setName}` });
      await expect(table.getByRole('row', { name: /^Achieved their goal/ })).toContainText('100 %');
      await expect(table.getByRole('row', { name: /^Issue: time pressure/ })).toContainText('100 %');
      await expect(review.getByRole('list', { name: 'Comments' })).toContainText('Peers who ask the questions my manager never does');
    });
  } finally {
    await facilitatorContext.close();
    await memberContext.close();
    await hrContext.close();
  }
});
