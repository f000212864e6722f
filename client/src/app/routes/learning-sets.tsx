import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateSetModal } from '@/features/learning-sets/components/create-set-form';
import { LearningSetsTable } from '@/features/learning-sets/components/learning-sets-table';
import { MyProgrammeReviews } from '@/features/learning-sets/components/my-programme-reviews';
import { ProgrammeReviewOverview } from '@/features/learning-sets/components/programme-review-overview';
import { hasRole, ROLES, useUser } from '@/lib/auth';

import { LearningSetPersonSelect } from './learning-set-person-select';

/**
 * The caller's action learning sets (HR and Admin see all) and the programme reviews they are asked to answer;
 * HR and facilitators form new sets; HR and Admin see every set's programme review results.
 */
export default function LearningSetsRoute() {
  const user = useUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const isHr = hasRole(user, ROLES.hr);
  const isFacilitator = hasRole(user, ROLES.facilitator);
  const forms = isHr || isFacilitator;
  const readsEveryReview = isHr || hasRole(user, ROLES.admin);

  const newSet = <Button onClick={() => setCreating(true)}>New learning set</Button>;

  return (
    <>
      <PageHeader
        title="Learning sets"
        description="Peers meet about monthly with a facilitator: each presents a problem, the set questions it, and each commits to an action they report on next time."
        actions={forms ? newSet : undefined}
      />
      <Stack gap="lg">
        <MyProgrammeReviews answerHref={paths.programmeReviewResponse.href} />
        <LearningSetsTable
        userId={user.id}
        setHref={paths.learningSet.href}
        emptyDescription={
          forms
            ? 'Form a set of four to eight peers with a facilitator.'
            : 'When you join an action learning set, it appears here.'
        }
        />
        {readsEveryReview && <ProgrammeReviewOverview setHref={paths.learningSet.href} />}
      </Stack>
      {forms && (
        <CreateSetModal
          opened={creating}
          onClose={() => setCreating(false)}
          user={{ id: user.id, displayName: user.displayName, isHr, isFacilitator }}
          renderPersonPicker={(props) => <LearningSetPersonSelect {...props} />}
          onCreated={(id) => {
            setCreating(false);
            navigate(paths.learningSet.href(id));
          }}
        />
      )}
    </>
  );
}
