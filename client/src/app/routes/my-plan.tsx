import { Button, Drawer, Stack, Title } from '@mantine/core';
import { useState } from 'react';

import { PageHeader } from '@/components/ui/page-header';
import { AuditHistory } from '@/features/audit/components/audit-history';
import { CompetenciesSection } from '@/features/development/components/competencies';
import { DevelopmentPlanView } from '@/features/development/components/development-plan';
import { DiscussionsList } from '@/features/development/components/discussions-list';
import { ProposeAspirationModal } from '@/features/development/components/need-modal';
import { useUser } from '@/lib/auth';

import { useBusinessNeedOptions } from './use-business-need-options';
import { useContractNeedActions } from './use-contract-need-actions';

export function MyPlanRoute() {
  const user = useUser();
  const businessNeeds = useBusinessNeedOptions();
  const [proposing, setProposing] = useState(false);
  const [showingHistory, setShowingHistory] = useState(false);
  const contractActions = useContractNeedActions(false);

  return (
    <>
      <PageHeader
        title="My development plan"
        description="Your development needs over time. The plan is yours: export it to take it with you."
        actions={
          <>
            <Button variant="default" onClick={() => setShowingHistory(true)}>
              Change history
            </Button>
            <Button onClick={() => setProposing(true)}>Propose an aspiration</Button>
          </>
        }
      />
      <Stack gap="xl">
        <DevelopmentPlanView
          personId={user.id}
          viewer="learner"
          businessNeeds={businessNeeds}
          needActions={contractActions}
        />
        <CompetenciesSection personId={user.id} isOwn />
        <Stack gap="sm" component="section" aria-labelledby="my-discussions-heading">
          <Title order={2} size="h3" id="my-discussions-heading">
            My 1:1s
          </Title>
          <DiscussionsList learnerId={user.id} isOwn />
        </Stack>
      </Stack>
      <Drawer opened={showingHistory} onClose={() => setShowingHistory(false)} title="History of my records" position="right" size="xl">
        {/* Only while open: the history is read when asked for, not with every visit to the plan. */}
        {showingHistory && <AuditHistory personId={user.id} />}
      </Drawer>
      <ProposeAspirationModal
        opened={proposing}
        onClose={() => setProposing(false)}
        learnerId={user.id}
        businessNeeds={businessNeeds}
      />
    </>
  );
}
