import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatDate } from '@/lib/dates';

import type { ContractVersion } from '../api/get-contract';

import { formatCost, formatNumber, plural, sortCommitments, supportCommitmentLabel } from './contract-vocabulary';

export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Items({ label, items, ordered = false }: { label: string; items: readonly string[]; ordered?: boolean }) {
  if (items.length === 0) return <Text size="sm">None</Text>;
  return (
    <List type={ordered ? 'ordered' : 'unordered'} size="sm" spacing={2} aria-label={label}>
      {items.map((item, index) => (
        <List.Item key={index}>{item}</List.Item>
      ))}
    </List>
  );
}

/** "2 hours a week and 3 study days". */
export function timeAllowed(hoursPerWeek: number, studyDays: number): string {
  const parts = [
    hoursPerWeek > 0 ? `${formatNumber(hoursPerWeek)} ${hoursPerWeek === 1 ? 'hour' : 'hours'} a week` : null,
    studyDays > 0 ? plural(studyDays, 'study day', 'study days') : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' and ') : 'None agreed';
}

type ContractTermsViewProps = {
  version: Pick<ContractVersion, 'terms' | 'mentorName'>;
  /** Names the lists, e.g. "version 2", so two versions on one page stay apart for screen readers. */
  name?: string;
  /** The learner's name, for the support the manager commits to. */
  learnerName?: string;
};

/** The terms of one version as learner and manager sign them. */
export function ContractTermsView({ version, name, learnerName }: ContractTermsViewProps) {
  const { terms } = version;
  const suffix = name ? ` (${name})` : '';
  return (
    <Stack gap="md">
      <Detail label="Learning outcomes">
        <Items label={`Learning outcomes${suffix}`} items={terms.learningOutcomes} ordered />
      </Detail>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Detail label="Starts">{formatDate(terms.startDate)}</Detail>
        <Detail label="Ends">{formatDate(terms.endDate)}</Detail>
        <Detail label="Time allowed">{timeAllowed(terms.hoursPerWeek, terms.studyDays)}</Detail>
        <Detail label="Progress reviews">
          Every {terms.reviewCadenceWeeks === 1 ? 'week' : `${terms.reviewCadenceWeeks} weeks`}, first on{' '}
          {formatDate(terms.firstReviewOn)}
        </Detail>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Detail label="Curriculum topics">
          <Items label={`Curriculum topics${suffix}`} items={terms.curriculumTopics} />
        </Detail>
        <Detail label="Assignment topics">
          <Items label={`Assignment topics${suffix}`} items={terms.assignmentTopics} />
        </Detail>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Detail label="Mentor">{terms.mentorId ? version.mentorName || 'Named mentor' : 'None'}</Detail>
        <Detail label="Cost">{formatCost(terms.cost)}</Detail>
        <Detail label="Business measure">
          {terms.measureName} ({terms.measureUnit})
        </Detail>
        <Detail label="Baseline">
          {formatNumber(terms.baselineValue)} {terms.measureUnit} on {formatDate(terms.baselineDate)}
        </Detail>
      </SimpleGrid>
      <Stack gap={4}>
        <Title order={4} size="h6">
          {learnerName ? `The manager's support for ${learnerName}` : "The manager's support"}
        </Title>
        <Items
          label={`Support commitments${suffix}`}
          items={sortCommitments(terms.supportCommitments).map(supportCommitmentLabel)}
        />
        {terms.supportNotes && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {terms.supportNotes}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
