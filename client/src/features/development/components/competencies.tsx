import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';

import { formatDate } from '@/lib/dates';

import { useDevelopmentPlan } from '../api/get-development-plan';

/**
 * The learner's record of competencies: each tag once, with the day the learning that gave it was
 * completed. Filled by the system when learning completes; nothing to edit here.
 */
export function CompetenciesSection({ personId, isOwn }: { personId: string; isOwn: boolean }) {
  const plan = useDevelopmentPlan(personId);
  const headingId = useId();
  // Loading and errors are the plan's, shown above.
  if (!plan.data) return null;
  const competencies = plan.data.competencies ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Competencies
      </Title>
      {competencies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {isOwn
            ? 'No competencies recorded yet. When you complete learning, its competencies are added here.'
            : 'No competencies recorded yet.'}
        </Text>
      ) : (
        <Paper withBorder p="md" radius="md">
          <Group gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Competencies acquired">
            {competencies.map((competency) => (
              <li key={competency.tag}>
                <Badge variant="light" color="teal" size="lg" tt="none">
                  {competency.tag}
                  <Text span size="xs" c="dimmed" ml={6} fw={400}>
                    since {formatDate(competency.acquiredOn)}
                  </Text>
                </Badge>
              </li>
            ))}
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
