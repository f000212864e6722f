import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { RecordDiscussion } from './discussion-editor';

const businessNeeds = [{ value: 'bn-1', label: 'Cut missed appointments (Repairs)' }];

const recorded = {
  id: 'd-1',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  managerId: 'manager-1',
  managerName: 'Morgan Manager',
  kind: 'OneToOne',
  heldOn: '2025-03-07',
  summary: 'Talked about planning.',
  agreedOutcomes: [],
  nextDiscussionOn: null,
  learnerComment: null,
  learnerCommentedAt: null,
  identifiedNeeds: [{ id: 'n-1', title: 'Plan repairs', status: 'Identified' }],
  createdAt: '2025-03-07T10:00:00Z',
  updatedAt: '2025-03-07T10:00:00Z',
  version: 1,
};

type User = ReturnType<typeof renderWithProviders>['user'];

const fill = async (user: User, input: HTMLElement, text: string) => {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
};

const renderForm = () => {
  const onRecorded = vi.fn();
  const view = renderWithProviders(
    <RecordDiscussion learnerId="learner-1" businessNeeds={businessNeeds} onRecorded={onRecorded} onCancel={vi.fn()} />,
  );
  return { ...view, onRecorded };
};

async function addNeed(user: User) {
  await user.click(screen.getByRole('button', { name: 'Add a development need' }));
  return screen.getByRole('group', { name: 'Development need 1' });
}

async function chooseOrigin(user: User, need: HTMLElement, origin: string) {
  await user.click(within(need).getByRole('textbox', { name: /^Origin/ }));
  await user.click(await screen.findByRole('option', { name: origin }));
}

describe('recording a 1:1', () => {
  it('sends the discussion and its identified need with two learning outcomes', async () => {
    const server = mockApi({ 'POST /api/discussions': () => json(recorded, 201) });
    const { user, onRecorded } = renderForm();

    await fill(user, screen.getByRole('textbox', { name: /^Summary/ }), '  Talked about planning.  ');
    await user.click(screen.getByRole('button', { name: 'Add an agreed outcome' }));
    // The new item takes the focus.
    await user.paste('Shadow the planning meeting');

    const need = await addNeed(user);
    await fill(user, within(need).getByRole('textbox', { name: /^Title/ }), 'Plan repairs');
    await fill(user, within(need).getByRole('textbox', { name: 'Learning outcome 1' }), 'Build a four-week repairs schedule');
    await user.click(within(need).getByRole('button', { name: 'Add a learning outcome' }));
    await user.paste('Explain   the priority rules to tenants');
    await fill(user, within(need).getByRole('textbox', { name: /^Expected improvement/ }), 'Fewer missed appointments');
    await chooseOrigin(user, need, 'Business requirement');
    await user.click(within(need).getByRole('textbox', { name: /^Business need/ }));
    await user.click(await screen.findByRole('option', { name: 'Cut missed appointments (Repairs)' }));
    await user.type(within(need).getByRole('textbox', { name: /^Competency tags/ }), 'planning{Enter}');

    await user.click(screen.getByRole('button', { name: 'Record 1:1' }));

    await vi.waitFor(() => expect(onRecorded).toHaveBeenCalledWith(expect.objectContaining({ id: 'd-1' })));
    const body = server.calls('POST', '/api/discussions')[0]!.body;
    expect(body).toMatchObject({
      learnerId: 'learner-1',
      kind: 'OneToOne',
      summary: 'Talked about planning.',
      agreedOutcomes: ['Shadow the planning meeting'],
      nextDiscussionOn: null,
      identifiedNeeds: [
        {
          title: 'Plan repairs',
          learningOutcomes: ['Build a four-week repairs schedule', 'Explain   the priority rules to tenants'],
          performanceImprovement: 'Fewer missed appointments',
          targetRole: null,
          businessNeedId: 'bn-1',
          origin: 'BusinessRequirement',
          isPrivate: false,
          priority: 'Medium',
          competencyTags: ['planning'],
        },
      ],
    });
    expect(body).toHaveProperty('heldOn', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
  });

  it('asks for a specific, achievable statement when an outcome has fewer than three words', async () => {
    const server = mockApi({ 'POST /api/discussions': () => json(recorded, 201) });
    const { user } = renderForm();

    await fill(user, screen.getByRole('textbox', { name: /^Summary/ }), 'Talked about communication.');
    const need = await addNeed(user);
    await fill(user, within(need).getByRole('textbox', { name: /^Title/ }), 'Communication');
    await fill(user, within(need).getByRole('textbox', { name: 'Learning outcome 1' }), 'better communication');
    await fill(user, within(need).getByRole('textbox', { name: /^Expected improvement/ }), 'Clearer updates');
    await chooseOrigin(user, need, 'Performance gap');
    await user.click(screen.getByRole('button', { name: 'Record 1:1' }));

    const outcome = within(need).getByRole('textbox', { name: 'Learning outcome 1' });
    expect(outcome).toHaveAttribute('aria-invalid', 'true');
    expect(outcome).toHaveAccessibleDescription(expect.stringContaining('Reframe this as a specific, achievable statement'));
    // The first field in error takes the focus.
    await vi.waitFor(() => expect(outcome).toHaveFocus());
    expect(server.calls('POST', '/api/discussions')).toHaveLength(0);

    await fill(user, outcome, 'Write a weekly update for the team');
    await user.click(screen.getByRole('button', { name: 'Record 1:1' }));
    await vi.waitFor(() => expect(server.calls('POST', '/api/discussions')).toHaveLength(1));
  });

  it('lets only a personal aspiration be private', async () => {
    mockApi({});
    const { user } = renderForm();
    const need = await addNeed(user);
    const privacy = within(need).getByRole('checkbox', { name: /^Private/ });

    expect(privacy).toBeDisabled();
    await chooseOrigin(user, need, 'Performance gap');
    expect(privacy).toBeDisabled();

    await chooseOrigin(user, need, 'Personal aspiration');
    expect(privacy).toBeEnabled();
    await user.click(privacy);
    expect(privacy).toBeChecked();

    // Moving away from an aspiration makes the need public again.
    await chooseOrigin(user, need, 'Business requirement');
    expect(privacy).toBeDisabled();
    expect(privacy).not.toBeChecked();
  });

  it("shows the server's field errors on the nested fields they belong to", async () => {
    mockApi({
      'POST /api/discussions': () =>
        problem(400, {
          title: 'Some fields need attention.',
          errors: {
            'identifiedNeeds[0].learningOutcomes[1]': ['Reframe this as a specific, achievable statement.'],
            'identifiedNeeds[0].businessNeedId': ['That business need belongs to another organisation.'],
            'identifiedNeeds[0].competencyTags[0]': ['A competency tag cannot be empty.'],
            'agreedOutcomes[0]': ['An agreed outcome cannot be empty.'],
            learnerId: ['Say who the discussion was with.'],
          },
        }),
    });
    const { user, onRecorded } = renderForm();

    await fill(user, screen.getByRole('textbox', { name: /^Summary/ }), 'Talked about planning.');
    await user.click(screen.getByRole('button', { name: 'Add an agreed outcome' }));
    await user.paste('Shadow the planning meeting');
    const need = await addNeed(user);
    await fill(user, within(need).getByRole('textbox', { name: /^Title/ }), 'Plan repairs');
    await fill(user, within(need).getByRole('textbox', { name: 'Learning outcome 1' }), 'Build a repairs schedule');
    await user.click(within(need).getByRole('button', { name: 'Add a learning outcome' }));
    await user.paste('Explain priority rules clearly');
    await fill(user, within(need).getByRole('textbox', { name: /^Expected improvement/ }), 'Fewer missed appointments');
    await chooseOrigin(user, need, 'Business requirement');
    await user.type(within(need).getByRole('textbox', { name: /^Competency tags/ }), 'planning{Enter}');
    await user.click(screen.getByRole('button', { name: 'Record 1:1' }));

    const second = within(need).getByRole('textbox', { name: 'Learning outcome 2' });
    await vi.waitFor(() => expect(second).toHaveAttribute('aria-invalid', 'true'));
    expect(second).toHaveAccessibleDescription(expect.stringContaining('Reframe this as a specific, achievable statement.'));
    expect(within(need).getByRole('textbox', { name: 'Learning outcome 1' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(need).getByRole('textbox', { name: /^Business need/ })).toHaveAccessibleDescription(
      expect.stringContaining('That business need belongs to another organisation.'),
    );
    // A message about one tag belongs to the tags input as a whole.
    expect(within(need).getByText('A competency tag cannot be empty.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Agreed outcome 1' })).toHaveAccessibleDescription(
      expect.stringContaining('An agreed outcome cannot be empty.'),
    );
    // A key no field owns is not lost.
    expect(within(screen.getByRole('alert')).getByText('Say who the discussion was with.')).toBeInTheDocument();
    expect(onRecorded).not.toHaveBeenCalled();
  });
});
