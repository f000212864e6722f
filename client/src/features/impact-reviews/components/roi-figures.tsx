import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatMoney } from '@/lib/money';

import { formatPercent, formatRatio, type RoiPreview } from './roi-preview';

function Figure({ term, children, strong = false }: { term: string; children: ReactNode; strong?: boolean }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={700}>
        {term}
      </Text>
      <Text component="dd" size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} m={0}>
        {children}
      </Text>
    </div>
  );
}

type RoiFiguresProps = {
  title: string;
  description?: ReactNode;
  figures: RoiPreview;
  /** The live preview is marked as such, apart from the stored figures. */
  preview?: boolean;
};

/** Adjusted benefit, total costs (with the learner's time), ROI % and BCR — or why there is no ROI. */
export function RoiFigures({ title, description, figures, preview = false }: RoiFiguresProps) {
  const label = preview ? 'ROI preview' : 'Stored ROI figures';
  return (
    <Paper withBorder p="md" radius="md" bg={preview ? 'var(--mantine-color-blue-light)' : undefined} aria-label={label} role="region">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 5 }} m={0}>
          <Figure term="Adjusted benefit">{formatMoney(figures.adjustedBenefit)}</Figure>
          <Figure term="Learner’s time">{formatMoney(figures.learnerTimeCost)}</Figure>
          <Figure term="Total costs">{formatMoney(figures.totalCosts)}</Figure>
          <Figure term="ROI" strong>
            {figures.roiPercent === null ? (figures.totalCosts === 0 ? 'undefined — no costs' : 'not calculated yet') : formatPercent(figures.roiPercent)}
          </Figure>
          <Figure term="BCR" strong>
            {figures.benefitCostRatio === null ? (figures.totalCosts === 0 ? 'undefined — no costs' : 'not calculated yet') : formatRatio(figures.benefitCostRatio)}
          </Figure>
        </SimpleGrid>
        {figures.roiUndefinedReason && (
          <Alert color="gray" variant="light" p="xs">
            <Text size="sm">{figures.roiUndefinedReason}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
