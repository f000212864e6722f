import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { ProgrammeReviewAnswer } from './get-programme-review-answer';
import { learningSetKeys, programmeReviewKeys } from './query-keys';

export type AnswerProgrammeReviewInput = components['schemas']['AnswerProgrammeReviewRequest'] & { id: string };

/** The respondent answers, or changes their answer, with the version read. */
export const answerProgrammeReview = async ({ id, ...body }: AnswerProgrammeReviewInput): Promise<ProgrammeReviewAnswer> =>
  unwrap(api.PUT('/api/programme-review-responses/{id}', { params: { path: { id } }, body }));

export function useAnswerProgrammeReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerProgrammeReview,
    onSuccess: (answer) => {
      queryClient.setQueryData(programmeReviewKeys.response(answer.id), answer);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: programmeReviewKeys.all }),
        // The facilitator answers too, and reads the set's results.
        queryClient.invalidateQueries({ queryKey: learningSetKeys.programmeReview(answer.setId) }),
      ]);
    },
  });
}
