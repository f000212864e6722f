import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';

import { describeProblem, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/dates';
import { formatMoney } from '@/lib/money';

import { useAdoptRecommendation } from '../api/adopt-recommendation';
import { useAdviceRequest } from '../api/get-advice-request';
import type { AdviceRequest, Recommendation } from '../api/get-advice-requests';

import { AdviceAnswerForm } from './advice-answer-form';
import { ADVICE_STATUS_COLOUR, type OfferingChoice, topicLabel } from './advice-vocabulary';

function Detail({ label, children }: { label: string; children: ReactNode }) {
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

type AdviceRequestDetailsProps = {
  id: string;
  /** The signed-in user: the manager who asked turns recommendations into options. */
  viewerId: string;
  /** HR answers. */
  isHr: boolean;
  /** Offerings HR may recommend (only needed for HR). */
  offerings: readonly OfferingChoice[];
  /** The name of a kind of solution, from its code. */
  solutionTypeName: (code: string) => string;
};

/** One request for advice: the manager's question, HR's answer and the offerings HR recommends. */
export function AdviceRequestDetails({ id, viewerId, isHr, offerings, solutionTypeName }: AdviceRequestDetailsProps) {
  const request = useAdviceRequest(id);

  if (request.isPending) return <LoadingState label="Loading advice request" />;
  if (request.isError) return <QueryError error={request.error} onRetry={() => void request.refetch()} />;

  const current = request.data;
  const answered = current.status !== 'Open';
  const canAdopt = current.requestedBy === viewerId;

  return (
    <Stack gap="lg" maw={960}>
      <Card withBorder padding="lg" component="section" aria-label="Question">
        <Stack>
          <Group justify="space-between" align="flex-start">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg" style={{ flex: 1 }}>
              <Detail label="Need">{current.needTitle}</Detail>
              <Detail label="Learner">{current.learnerName}</Detail>
              <Detail label="Asked by">{current.requestedByName}</Detail>
              <Detail label="Asked on">{formatDateTime(current.createdAt)}</Detail>
            </SimpleGrid>
            <Badge variant="light" color={ADVICE_STATUS_COLOUR[current.status] ?? 'gray'}>
              {current.status}
            </Badge>
          </Group>
          <Detail label="Topics">
            <Group gap={4} mt={2}>
              {current.topics.map((topic) => (
                <Badge key={topic} variant="outline" color="gray" tt="none">
                  {topicLabel(topic)}
                </Badge>
              ))}
            </Group>
          </Detail>
          <Detail label="Question">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {current.question}
            </Text>
          </Detail>
          <Anchor component={Link} to={paths.needSolutions.href(current.needId)} size="sm">
            Open the options appraisal for this need
          </Anchor>
        </Stack>
      </Card>

      {(answered || !isHr) && (
        <Stack gap="sm" component="section" aria-labelledby="advice-answer-heading">
          <Title order={2} size="h3" id="advice-answer-heading">
            HR’s answer
          </Title>
          {answered ? (
            <>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {current.answer}
              </Text>
              <Text size="xs" c="dimmed">
                {current.answeredByName} · {formatDateTime(current.answeredAt)}
              </Text>
              <Recommendations request={current} canAdopt={canAdopt} solutionTypeName={solutionTypeName} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              HR has not answered yet.
            </Text>
          )}
        </Stack>
      )}

      {isHr && (
        <Card withBorder padding="lg" component="section" aria-labelledby="advice-respond-heading">
          <Stack>
            <Title order={2} size="h3" id="advice-respond-heading">
              {answered ? 'Refine the answer' : 'Answer the request'}
            </Title>
            <AdviceAnswerForm
              key={`${current.id}:${current.version}`}
              request={current}
              offerings={offerings}
              onReload={() => void request.refetch()}
            />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

function Recommendations({
  request,
  canAdopt,
  solutionTypeName,
}: {
  request: AdviceRequest;
  canAdopt: boolean;
  solutionTypeName: (code: string) => string;
}) {
  const adopt = useAdoptRecommendation();
  const [problem, setProblem] = useState<FormProblem | null>(null);

  if (request.recommendations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        HR recommended no particular offering.
      </Text>
    );
  }

  const addAsOption = async (recommendation: Recommendation) => {
    setProblem(null);
    try {
      await adopt.mutateAsync({ requestId: request.id, offeringId: recommendation.offeringId });
      notifications.show({ color: 'green', message: `${recommendation.title} added as an option for ${request.needTitle}` });
    } catch (error) {
      setProblem(describeProblem(error));
    }
  };

  return (
    <Stack gap="xs">
      <FormErrorAlert problem={problem} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label="Recommended offerings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Offering</Table.Th>
              <Table.Th scope="col">Provider</Table.Th>
              <Table.Th scope="col">Type</Table.Th>
              <Table.Th scope="col">Cost per learner</Table.Th>
              {canAdopt && (
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {request.recommendations.map((recommendation) => {
              const adopted = !!recommendation.adoptedAsOptionId;
              return (
                <Table.Tr key={recommendation.offeringId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {recommendation.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{recommendation.providerName}</Text>
                      {recommendation.preferredProvider && (
                        <Badge variant="light" color="teal" size="sm">
                          Preferred
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{solutionTypeName(recommendation.solutionType)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatMoney(recommendation.cost)}</Text>
                  </Table.Td>
                  {canAdopt && (
                    <Table.Td>
                      {adopted ? (
                        <Button size="xs" variant="light" color="gray" disabled aria-label={`${recommendation.title} added as an option`}>
                          Added
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          onClick={() => void addAsOption(recommendation)}
                          loading={adopt.isPending && adopt.variables?.offeringId === recommendation.offeringId}
                          aria-label={`Add ${recommendation.title} as an option`}
                        >
                          Add as option
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
