import { Group, Stack, Table, Text } from '@mantine/core';

import type { ReviewFigures } from '../api/get-programme-review-results';

import { formatPercent, REVIEW_ISSUES, VALUE_RATINGS } from './review-vocabulary';

const RATING_COLOURS: Record<string, string> = {
  Poor: 'var(--mantine-color-red-6)',
  Fair: 'var(--mantine-color-yellow-6)',
  Good: 'var(--mantine-color-teal-5)',
  Excellent: 'var(--mantine-color-teal-8)',
};

const ratingPercent = (figures: ReviewFigures, rating: string) =>
  figures.valueRatings[(rating.charAt(0).toLowerCase() + rating.slice(1)) as keyof ReviewFigures['valueRatings']];

const issuePercent = (figures: ReviewFigures, issue: string) =>
  figures.issues[(issue.charAt(0).toLowerCase() + issue.slice(1)) as keyof ReviewFigures['issues']];

/** "86 % good or excellent", or what there is to say before anyone answered. */
export const headline = (figures: ReviewFigures) =>
  figures.goodOrExcellentPercent === null ? 'No answers yet' : `${figures.goodOrExcellentPercent} % good or excellent`;

/** "7 of 9 answered (78 %)". */
export const responseLine = (figures: ReviewFigures) =>
  `${figures.answered} of ${figures.invited} answered${figures.responseRatePercent === null ? '' : ` (${figures.responseRatePercent} %)`}`;

/**
 * A horizontal bar of one percentage, for the eye only: the figure is in the text beside it and in the
 * table, so the bar is hidden from assistive technology.
 */
export function PercentBar({ value, colour = 'var(--mantine-color-blue-6)' }: { value: number | null; colour?: string }) {
  return (
    <div
      aria-hidden="true"
      style={{ height: 10, minWidth: 80, flex: 1, borderRadius: 5, background: 'var(--mantine-color-gray-2)', overflow: 'hidden' }}
    >
      <div style={{ width: `${Math.max(0, Math.min(100, value ?? 0))}%`, height: '100%', background: colour }} />
    </div>
  );
}

/** The value ratings as one bar split into poor, fair, good and excellent, with a legend in words. */
export function RatingsBar({ figures }: { figures: ReviewFigures }) {
  return (
    <Stack gap={6}>
      <div
        aria-hidden="true"
        data-testid="ratings-bar"
        style={{ display: 'flex', height: 16, borderRadius: 8, overflow: 'hidden', background: 'var(--mantine-color-gray-2)' }}
      >
        {VALUE_RATINGS.map(({ value }) => (
          <div key={value} style={{ width: `${ratingPercent(figures, value) ?? 0}%`, background: RATING_COLOURS[value] }} />
        ))}
      </div>
      <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Value ratings">
        {VALUE_RATINGS.map(({ value, label }) => (
          <Group key={value} gap={6} component="li">
            <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 2, background: RATING_COLOURS[value], display: 'inline-block' }} />
            <Text size="xs">
              {label} {formatPercent(ratingPercent(figures, value))}
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}

type FiguresColumn = { label: string; figures: ReviewFigures };

/**
 * The review's figures as a table: a row per measure, a column per group of respondents (overall, and by role).
 * Ratings and issues are shares of the answered responses; achieved goal and second phase of those asked them.
 */
export function FiguresTable({ caption, columns }: { caption: string; columns: readonly FiguresColumn[] }) {
  const rows: { label: string; value: (figures: ReviewFigures) => string }[] = [
    { label: 'Answered', value: (figures) => `${figures.answered} of ${figures.invited}` },
    { label: 'Response rate', value: (figures) => formatPercent(figures.responseRatePercent) },
    ...VALUE_RATINGS.map(({ value, label }) => ({ label: `Rated ${label.toLowerCase()}`, value: (figures: ReviewFigures) => formatPercent(ratingPercent(figures, value)) })),
    { label: 'Good or excellent', value: (figures) => formatPercent(figures.goodOrExcellentPercent) },
    ...REVIEW_ISSUES.map(({ value, label }) => ({
      label: value === 'Other' ? 'Other issues' : `Issue: ${label.toLowerCase()}`,
      value: (figures: ReviewFigures) => formatPercent(issuePercent(figures, value)),
    })),
    { label: 'Achieved their goal', value: (figures) => formatPercent(figures.achievedGoalPercent) },
    { label: 'Started a second phase', value: (figures) => formatPercent(figures.startedSecondPhasePercent) },
  ];
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Measure</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.label} scope="col" ta="right">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.label} ta="right">
                  {row.value(column.figures)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
