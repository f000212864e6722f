import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { hasRole, ROLES, useUser } from '@/lib/auth';

function SummaryCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <Stack gap="xs">{children}</Stack>
    </Card>
  );
}

export function HomeRoute() {
  const user = useUser();
  const isAdmin = hasRole(user, ROLES.admin);
  const isHr = hasRole(user, ROLES.hr);
  const isFacilitator = hasRole(user, ROLES.facilitator);
  const granted = user.roles.filter((role) => role !== ROLES.learner && role !== ROLES.manager);

  return (
    <>
      <PageHeader
        title={`Welcome, ${user.displayName}`}
        description={
          <Group gap={4}>
            Signed in as {user.email}
            {user.isManager && <Badge size="xs" variant="outline">Manager</Badge>}
            {granted.map((role) => (
              <Badge key={role} size="xs" variant="light">
                {role}
              </Badge>
            ))}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SummaryCard title="My development plan">
          <Text size="sm">
            The needs you agree with your manager, their learning outcomes and where each stands. You can also propose
            an aspiration of your own.
          </Text>
          <Anchor component={Link} to={paths.plan.href()} size="sm">
            Open my development plan
          </Anchor>
        </SummaryCard>

        {user.isManager && (
          <SummaryCard title="My team">
            <Text size="sm">You have people reporting to you. Their development starts with a one-to-one.</Text>
            <Group gap="md">
              <Anchor component={Link} to={paths.team.href()} size="sm">
                See your direct reports
              </Anchor>
              <Anchor component={Link} to={paths.businessNeeds.href()} size="sm">
                Business needs
              </Anchor>
              <Anchor component={Link} to={paths.adviceRequests.href()} size="sm">
                My advice requests
              </Anchor>
              <Anchor component={Link} to={paths.providers.href()} size="sm">
                Provider register
              </Anchor>
            </Group>
          </SummaryCard>
        )}

        {isAdmin && (
          <SummaryCard title="Administration">
            <Text size="sm">Keep the organisation structure, people and reporting lines up to date.</Text>
            <Group gap="md">
              <Anchor component={Link} to={paths.admin.orgUnits.href()} size="sm">
                Organisation
              </Anchor>
              <Anchor component={Link} to={paths.admin.people.href()} size="sm">
                People
              </Anchor>
            </Group>
          </SummaryCard>
        )}

        {(isHr || isFacilitator) && (
          <SummaryCard title={isHr ? 'HR and learning' : 'Action learning'}>
            <Text size="sm">
              {isHr
                ? 'Answer managers’ questions, keep the provider register and turn shared needs into corporate programmes.'
                : 'Form and run your action learning sets: members, meetings, air time and the actions members commit to.'}
            </Text>
            {!isHr && (
              <Anchor component={Link} to={paths.learningSets.href()} size="sm">
                My learning sets
              </Anchor>
            )}
            {isHr && (
              <Group gap="md">
                <Anchor component={Link} to={paths.adviceQueue.href()} size="sm">
                  Advice queue
                </Anchor>
                <Anchor component={Link} to={paths.providers.href()} size="sm">
                  Provider register
                </Anchor>
                <Anchor component={Link} to={paths.programmes.href()} size="sm">
                  Corporate programmes
                </Anchor>
                <Anchor component={Link} to={paths.businessNeeds.href()} size="sm">
                  Business needs
                </Anchor>
                <Anchor component={Link} to={paths.learningSets.href()} size="sm">
                  Learning sets
                </Anchor>
              </Group>
            )}
          </SummaryCard>
        )}
      </SimpleGrid>
    </>
  );
}
