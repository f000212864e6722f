import { Anchor, Group } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useProgrammeReviewAnswer } from '@/features/learning-sets/api/get-programme-review-answer';
import { AnswerProgrammeReviewForm } from '@/features/learning-sets/components/answer-programme-review-form';

/** One programme review invitation, answered (or changed) by its respondent only. */
export default function ProgrammeReviewResponseRoute() {
  const { id = '' } = useParams();
  const answer = useProgrammeReviewAnswer(id);

  return (
    <>
      <PageHeader
        title={answer.data ? `Programme review: ${answer.data.setName}` : 'Programme review'}
        actions={
          <Group gap="md">
            {/* A sponsoring manager is asked about the set but does not read it. */}
            {answer.data && answer.data.respondentRole !== 'SponsoringManager' && (
              <Anchor component={Link} to={paths.learningSet.href(answer.data.setId)} size="sm">
                The set
              </Anchor>
            )}
            <Anchor component={Link} to={paths.learningSets.href()} size="sm">
              All learning sets
            </Anchor>
          </Group>
        }
      />
      {answer.isPending ? (
        <LoadingState label="Loading the programme review" />
      ) : answer.isError ? (
        <QueryError error={answer.error} onRetry={() => void answer.refetch()} />
      ) : (
        // Keyed by version so that a reload after a conflict starts the form from what was saved.
        <AnswerProgrammeReviewForm key={answer.data.version} answer={answer.data} onReload={() => void answer.refetch()} />
      )}
    </>
  );
}
