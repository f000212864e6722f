import { expect, type Page, test } from '@playwright/test';

import { daysFromToday } from './support/contract-setup';
import { setUpLearningSetPeople } from './support/learning-set-setup';
import { signIn } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Picks a person in a learning set picker by searching their name. */
async function pickPerson(page: Page, label: RegExp, person: { name: string; jobTitle: string }) {
  const input = page.getByRole('textbox', { name: label });
  await input.fill(person.name);
  await page.getByRole('option', { name: `${person.name} (${person.jobTitle})`, exact: true }).click();
}

test('a facilitator runs two meetings whose agenda carries the commitments; a member records the account of their action', async ({
  browser,
  baseURL,
}) => {
  // Two meetings and two people through the screens: more than the default minute on a busy machine.
  test.slow();
  const { facilitator, peers } = await test.step('the administrator sets up a facilitator and four peers (API)', () =>
    setUpLearningSetPeople(baseURL!, run),
  );
  const [pat, pia] = peers as [(typeof peers)[number], (typeof peers)[number]];
  const setName = `Tenant services set ${run}`;
  const patAction = `Call the contractor weekly ${run}`;
  const piaAction = `Pilot early-contact letters ${run}`;
  const patAccount = 'Called every Monday; the backlog is down by a third.';

  const facilitatorContext = await browser.newContext();
  const memberContext = await browser.newContext();
  const page = await facilitatorContext.newPage();
  const memberPage = await memberContext.newPage();

  try {
    await test.step('the facilitator forms the set with four members', async () => {
      await signIn(page, facilitator.email, facilitator.password);
      await mainNav(page).getByRole('link', { name: 'Learning sets' }).click();
      await expect(page.getByRole('heading', { name: 'Learning sets', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'New learning set' }).click();
      const dialog = page.getByRole('dialog', { name: 'New learning set' });
      await dialog.getByRole('textbox', { name: /^Name/ }).fill(setName);
      await dialog.getByRole('textbox', { name: /^Purpose/ }).fill('Front-line peers tackling service problems together');
      await expect(dialog.getByRole('textbox', { name: /^Meeting cadence/ })).toHaveValue('every 4 weeks');
      for (const peer of peers) await pickPerson(page, /^Add a member/, peer);
      await expect(dialog.getByRole('list', { name: 'Members chosen' }).getByRole('listitem')).toHaveCount(4);
      await expect(dialog.getByText('4 members.')).toBeVisible();
      await dialog.getByRole('button', { name: 'Create set' }).click();

      await expect(page.getByRole('heading', { name: setName, level: 1 })).toBeVisible();
      const about = page.getByRole('region', { name: 'About this set' });
      await expect(about).toContainText('Forming');
      await expect(about).toContainText(facilitator.name);
      await expect(page.getByRole('region', { name: 'Members' }).getByRole('row')).toHaveCount(5);
    });

    await test.step('the facilitator schedules the first meeting; the set starts running', async () => {
      await page.getByRole('button', { name: 'Schedule meeting' }).click();
      const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
      await dialog.getByLabel(/^Date/).fill(daysFromToday(-28));
      // Nobody has coordinated yet: the suggestion is the first by name.
      await expect(dialog.getByRole('combobox', { name: /^Coordinator/ }).locator('option:checked')).toHaveText(`${pat.name} (suggested)`);
      await dialog.getByRole('button', { name: 'Schedule meeting' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('region', { name: 'About this set' })).toContainText('Running');
      await page.getByRole('table', { name: 'Meetings' }).getByRole('link', { name: /^Meeting on / }).click();
    });

    await test.step('in the first meeting the facilitator records attendance, air time, presentations with committed actions', async () => {
      await expect(page.getByRole('heading', { name: /^Meeting on /, level: 1 })).toBeVisible();
      await expect(page.getByText(/Nothing carried over/)).toBeVisible();
      const attendance = page.getByRole('region', { name: 'Attendance and air time' });
      for (const peer of peers) await attendance.getByRole('checkbox', { name: `${peer.name} is present` }).check();
      await attendance.getByRole('textbox', { name: `Air time for ${pat.name} (minutes)` }).fill('20');
      await attendance.getByRole('textbox', { name: `Air time for ${pia.name} (minutes)` }).fill('25');

      const patTimer = attendance.getByRole('group', { name: `Air time timer for ${pat.name}` });
      await expect(patTimer.getByRole('timer')).toHaveText('20:00 left');
      await patTimer.getByRole('button', { name: `Start air time for ${pat.name}` }).click();
      await expect(patTimer.getByRole('status')).toHaveText(`${pat.name}: air time started, 20:00 left.`);
      await patTimer.getByRole('button', { name: `Pause air time for ${pat.name}` }).press('Enter');
      await expect(patTimer.getByRole('status')).toContainText(`${pat.name}: paused`);

      const presentations = page.getByRole('region', { name: 'Presentations' });
      const present = async (peer: { id: string; name: string }, problem: string, action: string) => {
        await presentations.getByRole('combobox', { name: 'Another member presents' }).selectOption({ label: peer.name });
        await presentations.getByRole('button', { name: 'Add presentation' }).click();
        const fieldset = presentations.getByRole('group', { name: `Presentation: ${peer.name}` });
        await fieldset.getByRole('textbox', { name: 'Problem or question' }).fill(problem);
        await fieldset.getByRole('textbox', { name: 'Background' }).fill('It has been growing since the spring.');
        await fieldset.getByRole('textbox', { name: /^Approach so far/ }).fill('Weekly triage with the team.');
        await fieldset.getByRole('textbox', { name: 'What the set asked' }).fill('Who owns the problem? What would success look like?');
        await fieldset.getByRole('textbox', { name: /^Committed action/ }).fill(action);
      };
      await present(pat, 'How do I cut the repairs backlog?', patAction);
      await present(pia, 'How do we reach tenants before arrears build up?', piaAction);
      await page.getByRole('textbox', { name: 'Main points' }).fill('Backlogs need owners; early contact beats letters after the fact.');
      await page.getByRole('button', { name: 'Save meeting' }).click();
      await expect(page.getByText('Meeting saved')).toBeVisible();
    });

    await test.step('the facilitator schedules the second meeting, by video, with the next coordinator suggested', async () => {
      await page.getByRole('link', { name: 'Back to the set' }).click();
      await page.getByRole('button', { name: 'Schedule meeting' }).click();
      const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
      await dialog.getByLabel(/^Date/).fill(daysFromToday(0));
      await dialog.getByRole('radio', { name: 'Video' }).check();
      // Pat coordinated the first meeting; of those who never have, Pia comes first by name.
      await expect(dialog.getByRole('combobox', { name: /^Coordinator/ }).locator('option:checked')).toHaveText(`${pia.name} (suggested)`);
      await dialog.getByRole('button', { name: 'Schedule meeting' }).click();
      await expect(dialog).toBeHidden();
      const meetings = page.getByRole('table', { name: 'Meetings' });
      await expect(meetings.getByRole('row')).toHaveCount(3);
      await expect(meetings.getByRole('row').nth(2)).toContainText('Video');
      await expect(meetings.getByRole('row').nth(2)).toContainText('2 accounts');
      await meetings.getByRole('row').nth(2).getByRole('link', { name: /^Meeting on / }).click();
    });

    await test.step('the second meeting’s agenda holds the commitments made at the first', async () => {
      await expect(page.getByRole('region', { name: 'About this meeting' })).toContainText(pia.name);
      const agenda = page.getByRole('region', { name: 'Agenda from last time' });
      await expect(agenda.getByRole('group', { name: pat.name })).toContainText(patAction);
      await expect(agenda.getByRole('group', { name: pia.name })).toContainText(piaAction);
    });

    await test.step('a member signs in, finds their commitment and records the account of their action', async () => {
      await signIn(memberPage, pat.email, pat.password);
      await mainNav(memberPage).getByRole('link', { name: 'Learning sets' }).click();
      await memberPage.getByRole('table', { name: 'Learning sets' }).getByRole('link', { name: setName }).click();
      const commitments = memberPage.getByRole('region', { name: 'My commitments' });
      await expect(commitments).toContainText(patAction);
      await expect(commitments).toContainText('Account to give');
      // A member does not schedule meetings.
      await expect(memberPage.getByRole('button', { name: 'Schedule meeting' })).toHaveCount(0);
      await commitments.getByRole('link', { name: /^Record my account at the meeting on / }).click();

      await expect(memberPage.getByText(/You record your own committed action/)).toBeVisible();
      const agenda = memberPage.getByRole('region', { name: 'Agenda from last time' });
      // Only their own account is theirs to write.
      await expect(agenda.getByRole('group', { name: pia.name }).getByRole('textbox')).toHaveCount(0);
      await expect(memberPage.getByRole('textbox', { name: 'Main points' })).toHaveCount(0);
      await agenda.getByRole('group', { name: pat.name }).getByRole('textbox', { name: /^Account and result/ }).fill(patAccount);
      await memberPage.getByRole('button', { name: 'Save my action and account' }).click();
      await expect(memberPage.getByText('Your action and account are saved')).toBeVisible();

      await memberPage.reload();
      await expect(
        memberPage.getByRole('region', { name: 'Agenda from last time' }).getByRole('group', { name: pat.name }).getByRole('textbox', { name: /^Account and result/ }),
      ).toHaveValue(patAccount);
      await memberPage.getByRole('link', { name: 'Back to the set' }).click();
      const after = memberPage.getByRole('region', { name: 'My commitments' });
      await expect(after).toContainText('Account given');
      await expect(after).toContainText(patAccount);
    });

    await test.step('the facilitator sees the member’s account on the second meeting', async () => {
      await page.reload();
      await expect(
        page.getByRole('region', { name: 'Agenda from last time' }).getByRole('group', { name: pat.name }).getByRole('textbox', { name: /^Account and result/ }),
      ).toHaveValue(patAccount);
    });
  } finally {
    await facilitatorContext.close();
    await memberContext.close();
  }
});
