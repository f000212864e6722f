import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { page, terms, version } from '../testing/contract-fixtures';

import { VersionHistory } from './version-history';

const versions = [
  version({
    number: 1,
    status: 'Superseded',
    learnerSignedByName: 'Riley Reports',
    learnerSignedAt: '2025-03-11T10:00:00Z',
    managerSignedByName: 'Morgan Manager',
    managerSignedAt: '2025-03-12T10:00:00Z',
  }),
  version({
    number: 2,
    status: 'Agreed',
    terms: terms({
      endDate: '2025-07-31',
      learningOutcomes: ['Build a four-week repairs schedule', 'Brief the contractors on the priority rules'],
    }),
  }),
  version({ number: 3, status: 'Draft', terms: terms({ cost: 1200 }), changeComment: 'Cheaper please' }),
];

const rowOf = (table: HTMLElement, field: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader', { name: field }))!;

describe('version history', () => {
  it('lists every version and highlights what changed between the two chosen', async () => {
    mockApi({ 'GET /api/contracts/:id/versions': () => json(page(versions)) });
    const { user } = renderWithProviders(<VersionHistory contractId="c-1" />);

    const list = await screen.findByRole('table', { name: 'Versions of the contract' });
    expect(within(list).getAllByRole('row')).toHaveLength(4);
    expect(list).toHaveTextContent('Cheaper please');

    // The latest against the one before it, to start with.
    let diff = screen.getByRole('table', { name: 'Differences between version 2 and version 3' });
    expect(rowOf(diff, 'Cost')).toHaveAttribute('data-changed', 'true');
    expect(within(rowOf(diff, 'Cost')).getByText('Changed')).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: 'Compare' }));
    await user.click(screen.getByRole('option', { name: 'Version 1 (superseded)' }));
    await user.click(screen.getByRole('textbox', { name: 'with' }));
    await user.click(screen.getByRole('option', { name: 'Version 2 (agreed)' }));

    diff = screen.getByRole('table', { name: 'Differences between version 1 and version 2' });
    const endDate = rowOf(diff, 'End date');
    expect(endDate).toHaveAttribute('data-changed', 'true');
    expect(endDate).toHaveTextContent('30 Jun 2025');
    expect(endDate).toHaveTextContent('31 Jul 2025');
    expect(rowOf(diff, 'Start date')).toHaveAttribute('data-changed', 'false');
    expect(within(rowOf(diff, 'Start date')).getByText('Same')).toBeInTheDocument();

    // Lists item by item: the reworded outcome is removed on one side and added on the other.
    const outcomes = rowOf(diff, 'Learning outcomes');
    expect(outcomes).toHaveAttribute('data-changed', 'true');
    const item = (text: RegExp) => within(outcomes).getAllByText(text)[0]!.closest('li');
    expect(item(/Explain the repairs priority rules to tenants/)).toHaveAttribute('data-change', 'removed');
    expect(item(/Explain the repairs priority rules to tenants/)).toHaveTextContent('Removed: Explain');
    expect(item(/Brief the contractors/)).toHaveAttribute('data-change', 'added');
    expect(item(/Build a four-week repairs schedule/)).toHaveAttribute('data-change', 'same');
    expect(screen.getByText(/2 of 17 fields changed: learning outcomes, end date/)).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Show only what changed' }));
    expect(within(diff).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Learning outcomes', 'End date']);
  });

  it('says there is nothing to compare with one version', async () => {
    mockApi({ 'GET /api/contracts/:id/versions': () => json(page([versions[0]])) });
    renderWithProviders(<VersionHistory contractId="c-1" />);

    expect(await screen.findByText(/There is only one version so far/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Differences/ })).not.toBeInTheDocument();
  });
});
