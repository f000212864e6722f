import { expect, type Locator, type Page, test } from '@playwright/test';

import { asAccount, setUpHrAdviser, setUpTeam } from './support/api';
import { choose, signIn, signOut } from './support/pages';

// Unique per run, so the test also passes against a database that has seen earlier runs.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** A calendar date some days from today, as the API takes it. */
const daysFromNow = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toISOString().slice(0, 10);
};

type Option = { type: string; description: string; ratings: Record<string, string>; cost: string; hours: string };

/** Adds an option through the "Add option" dialog of the appraisal matrix. */
async function addOption(page: Page, option: Option) {
  await page.getByRole('button', { name: 'Add option' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add option' });
  await expect(dialog).toBeVisible();
  await choose(page, dialog.getByRole('textbox', { name: 'Type of solution', exact: true }), option.type);
  await dialog.getByRole('textbox', { name: 'Description', exact: true }).fill(option.description);
  for (const [criterion, rating] of Object.entries(option.ratings)) {
    await rate(dialog.getByRole('radiogroup', { name: criterion, exact: true }), rating);
  }
  await dialog.getByRole('textbox', { name: 'Cost (£)', exact: true }).fill(option.cost);
  await dialog.getByRole('textbox', { name: 'Hours away from work', exact: true }).fill(option.hours);
  await dialog.getByRole('button', { name: 'Add option' }).click();
  await expect(dialog).toBeHidden();
}

/** Picks a rating in a group of radio buttons from the keyboard-usable segmented control. */
async function rate(group: Locator, rating: string) {
  await group.getByText(rating, { exact: true }).click();
  await expect(group.getByRole('radio', { name: rating, exact: true })).toBeChecked();
}

test('a manager appraises options, asks HR, adds the recommended offering and selects it', async ({ page, baseURL }) => {
  const { team, manager, report } = await test.step('the administrator sets up a manager, a report and an HR adviser', () =>
    setUpTeam(baseURL!, run),
  );
  const hr = await setUpHrAdviser(baseURL!, run, team.id);

  const offering = await test.step('HR registers a preferred provider with an accredited offering', () =>
    asAccount(baseURL!, hr, async (api) => {
      const provider = await api.post<{ id: string; name: string }>('/api/providers', {
        name: `Northside College ${run}`,
        kind: 'FeCollege',
        preferred: true,
        preferredReviewOn: daysFromNow(180),
        accreditations: ['Ofsted Good'],
        contactName: 'Pat Provider',
        contactEmail: `courses.${run}@northside.example`,
        website: 'https://northside.example',
        active: true,
      });
      return api.post<{ id: string; title: string }>(`/api/providers/${provider.id}/offerings`, {
        title: `Certificate in Maintenance Planning ${run}`,
        solutionType: 'ExternalTraining',
        accredited: true,
        qualification: 'Level 3 Certificate',
        duration: '10 weeks part-time',
        cost: 950,
        deliveryMode: 'Blended',
        active: true,
      });
    }),
  );

  const need = await test.step('the manager records a need for the report', () =>
    asAccount(baseURL!, manager, (api) =>
      api.post<{ id: string; title: string; status: string }>('/api/development-needs', {
        learnerId: report.id,
        title: `Plan planned maintenance ${run}`,
        learningOutcomes: ['Build a twelve-month planned maintenance programme'],
        performanceImprovement: 'Fewer emergency repairs',
        targetRole: null,
        businessNeedId: null,
        origin: 'PerformanceGap',
        isPrivate: false,
        priority: 'High',
        competencyTags: [`maintenance-planning-${run}`],
      }),
    ),
  );
  expect(need.status).toBe('Identified');

  await test.step('the manager opens the need’s solution options from the report’s plan', async () => {
    await signIn(page, manager.email, manager.password);
    await mainNav(page).getByRole('link', { name: 'My team' }).click();
    await page.getByRole('link', { name: `View plan of ${report.name}` }).click();
    const card = page.getByRole('article', { name: need.title });
    await card.getByRole('link', { name: `Solution options for ${need.title}` }).click();
    await expect(page.getByRole('heading', { name: `Solution options: ${need.title}`, level: 1 })).toBeVisible();
    await expect(page.getByText('No options yet')).toBeVisible();
  });

  await test.step('adds two options through the appraisal form', async () => {
    await addOption(page, {
      type: 'Work shadowing',
      description: 'Shadow the planned maintenance lead for two weeks',
      ratings: { Knowledge: '3', Skill: '4', Behaviour: '3', 'Transfer to work': '5', Sustainability: '3' },
      cost: '0',
      hours: '70',
    });
    await addOption(page, {
      type: 'Coaching or mentoring',
      description: 'Monthly coaching from the asset manager',
      ratings: { Knowledge: '2', Skill: '3', 'Transfer to work': '4' },
      cost: '250',
      hours: '12',
    });
    const matrix = page.getByRole('table', { name: 'Appraisal of options' });
    await expect(matrix.getByRole('columnheader', { name: /^Option 1: Work shadowing/ })).toContainText('Proposed');
    await expect(matrix.getByRole('columnheader', { name: /^Option 2: Coaching or mentoring/ })).toBeVisible();
    await expect(matrix.getByRole('row', { name: /^Cost/ })).toContainText('£250.00');
  });

  await test.step('asks HR about preferred suppliers', async () => {
    await page.getByRole('button', { name: 'Ask HR' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ask HR for advice' });
    await dialog.getByRole('checkbox', { name: 'Preferred suppliers' }).check();
    await dialog
      .getByRole('textbox', { name: 'Question', exact: true })
      .fill('Is there an accredited maintenance planning course from a preferred supplier?');
    await dialog.getByRole('button', { name: 'Send to HR' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('list', { name: 'Advice requests about this need' })).toContainText('Open');
    await signOut(page);
  });

  await test.step('HR answers from the advice queue, recommending the offering', async () => {
    await signIn(page, hr.email, hr.password);
    await mainNav(page).getByRole('link', { name: 'Advice queue' }).click();
    await expect(page.getByRole('heading', { name: 'Advice queue', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: `Answer the request about ${need.title}` }).click();
    await expect(page.getByRole('heading', { name: `Advice request: ${need.title}`, level: 1 })).toBeVisible();

    await page
      .getByRole('textbox', { name: 'Answer', exact: true })
      .fill('Northside College is a preferred supplier and runs an accredited certificate.');
    await page.getByRole('textbox', { name: 'Recommended offerings', exact: true }).click();
    await page.getByRole('option', { name: new RegExp(`^${offering.title}`) }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Send answer' }).click();

    const answer = page.getByRole('region', { name: 'HR’s answer' });
    await expect(answer.getByRole('table', { name: 'Recommended offerings' })).toContainText(offering.title);
    await expect(page.getByRole('region', { name: 'Question' })).toContainText('Answered');
    await signOut(page);
  });

  await test.step('the manager opens the answered request and adds the offering as an option', async () => {
    await signIn(page, manager.email, manager.password);
    await mainNav(page).getByRole('link', { name: 'My advice requests' }).click();
    await page.getByRole('link', { name: `Open the request about ${need.title}` }).click();
    await expect(page.getByText('Northside College is a preferred supplier')).toBeVisible();

    await page.getByRole('button', { name: `Add ${offering.title} as an option` }).click();
    await expect(page.getByRole('button', { name: `${offering.title} added as an option` })).toBeDisabled();
  });

  await test.step('selects the recommended option with a rationale', async () => {
    await page.getByRole('link', { name: 'Open the options appraisal for this need' }).click();
    const matrix = page.getByRole('table', { name: 'Appraisal of options' });
    const option = matrix.getByRole('columnheader', { name: new RegExp(`^Option 3: ${offering.title}`) });
    await expect(option).toContainText('Proposed');

    await matrix.getByRole('button', { name: `Select Option 3: ${offering.title}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Select option' });
    await dialog
      .getByRole('textbox', { name: 'Rationale', exact: true })
      .fill('Accredited, from a preferred supplier, and the assignments use our own planned maintenance data.');
    await dialog.getByRole('button', { name: 'Select option' }).click();
    await expect(dialog).toBeHidden();

    await expect(option).toContainText('Selected');
    await expect(matrix.getByRole('button', { name: `Reject Option 3: ${offering.title}` })).toBeDisabled();
    await expect(page.getByLabel('Status of the need')).toHaveText('Solution selected');
  });
});
