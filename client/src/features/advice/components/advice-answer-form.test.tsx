import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { AdviceRequestDetails } from './advice-request-details';

const request = (overrides: Record<string, unknown> = {}) => ({
  id: 'a-1',
  needId: 'n-1',
  needTitle: 'Plan planned maintenance',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  requestedBy: 'manager-1',
  requestedByName: 'Morgan Manager',
  topics: ['PreferredSuppliers', 'PolicyImplications'],
  question: 'Is there an accredited course from a preferred supplier?',
  status: 'Open',
  answer: null,
  answeredByName: null,
  answeredAt: null,
  recommendations: [],
  createdAt: '2025-03-07T10:00:00Z',
  version: 2,
  ...overrides,
});

const offerings = [
  { value: 'off-1', label: 'Certificate in Planning — Northside College (preferred supplier)' },
  { value: 'off-2', label: 'Planning taster — Southside' },
];

const recommendation = (overrides: Record<string, unknown> = {}) => ({
  offeringId: 'off-1',
  title: 'Certificate in Planning',
  providerName: 'Northside College',
  preferredProvider: true,
  solutionType: 'ExternalTraining',
  cost: 950,
  adoptedAsOptionId: null,
  ...overrides,
});

const typeName = (code: string) => (code === 'ExternalTraining' ? 'External training' : code);

describe('advice answer form', () => {
  it('asks HR for the advice, then sends it with the recommended offerings and the version read', async () => {
    const server = mockApi({
      'GET /api/advice-requests/:id': () => json(request()),
      'POST /api/advice-requests/:id/response': () => json(request({ status: 'Answered', answer: 'Use Northside', version: 3 })),
    });
    const { user } = renderWithProviders(
      <AdviceRequestDetails id="a-1" viewerId="hr-1" isHr offerings={offerings} solutionTypeName={typeName} />,
    );

    const question = await screen.findByRole('region', { name: 'Question' });
    expect(question).toHaveTextContent('Preferred suppliers');
    expect(question).toHaveTextContent('Policy implications');
    expect(screen.queryByRole('region', { name: 'HR’s answer' })).not.toBeInTheDocument();

    const form = screen.getByRole('region', { name: 'Answer the request' });
    await user.click(within(form).getByRole('button', { name: 'Send answer' }));
    expect(await within(form).findByText('Write the advice.')).toBeInTheDocument();
    expect(server.calls('POST', '/api/advice-requests/:id/response')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: /^Answer/ }), 'Northside College is a preferred supplier.');
    await user.click(within(form).getByRole('textbox', { name: /^Recommended offerings/ }));
    await user.click(await screen.findByRole('option', { name: /^Certificate in Planning/ }));
    await user.click(within(form).getByRole('button', { name: 'Send answer' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/advice-requests/:id/response')).toHaveLength(1));
    expect(server.calls('POST', '/api/advice-requests/:id/response')[0]!.body).toEqual({
      answer: 'Northside College is a preferred supplier.',
      recommendedOfferingIds: ['off-1'],
      version: 2,
    });
  });

  it('puts the server’s message about the recommendations on the offerings input', async () => {
    mockApi({
      'GET /api/advice-requests/:id': () => json(request()),
      'POST /api/advice-requests/:id/response': () =>
        problem(400, {
          errors: { recommendedOfferingIds: ['Recommend offerings from the provider register that are still offered.'] },
        }),
    });
    const { user } = renderWithProviders(
      <AdviceRequestDetails id="a-1" viewerId="hr-1" isHr offerings={offerings} solutionTypeName={typeName} />,
    );

    const form = await screen.findByRole('region', { name: 'Answer the request' });
    await user.type(within(form).getByRole('textbox', { name: /^Answer/ }), 'Try Southside.');
    await user.click(within(form).getByRole('textbox', { name: /^Recommended offerings/ }));
    await user.click(await screen.findByRole('option', { name: /^Planning taster/ }));
    await user.click(within(form).getByRole('button', { name: 'Send answer' }));

    const input = within(form).getByRole('textbox', { name: /^Recommended offerings/ });
    await vi.waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining('still offered')));
  });

  it('lets the manager who asked add a recommended offering as an option, once', async () => {
    const server = mockApi({
      'GET /api/advice-requests/:id': () =>
        json(
          request({
            status: 'Answered',
            answer: 'Northside is preferred; Southside is cheaper.',
            answeredByName: 'Harper HR',
            answeredAt: '2025-03-08T10:00:00Z',
            recommendations: [
              recommendation(),
              recommendation({
                offeringId: 'off-2',
                title: 'Planning taster',
                providerName: 'Southside',
                preferredProvider: false,
                cost: 20,
                adoptedAsOptionId: 'o-9',
              }),
            ],
          }),
        ),
      'POST /api/advice-requests/:id/recommendations/:offeringId/option': () => json({ id: 'o-10' }, 201),
    });
    const { user } = renderWithProviders(
      <AdviceRequestDetails id="a-1" viewerId="manager-1" isHr={false} offerings={[]} solutionTypeName={typeName} />,
    );

    const table = await screen.findByRole('table', { name: 'Recommended offerings' });
    expect(table).toHaveTextContent('External training');
    expect(table).toHaveTextContent('£950.00');
    expect(within(table).getByRole('button', { name: 'Planning taster added as an option' })).toBeDisabled();
    expect(screen.queryByRole('region', { name: /Answer the request|Refine the answer/ })).not.toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Add Certificate in Planning as an option' }));
    await vi.waitFor(() =>
      expect(server.calls('POST', '/api/advice-requests/:id/recommendations/:offeringId/option')).toHaveLength(1),
    );
    expect(server.calls('POST', '/api/advice-requests/:id/recommendations/:offeringId/option')[0]!.params).toEqual({
      id: 'a-1',
      offeringId: 'off-1',
    });
    expect(screen.getByRole('link', { name: 'Open the options appraisal for this need' })).toHaveAttribute(
      'href',
      '/needs/n-1/solutions',
    );
  });
});
