import { Badge, Box, Button, Group, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { formatDateTime } from '@/lib/dates';
import { formatMoney } from '@/lib/money';

import { type SolutionOption, useNeedOptions } from '../api/get-need-options';

import { type Decision, DecisionModal } from './decision-modal';
import { AddOptionModal, EditOptionModal } from './option-modal';
import {
  ACTION_LEARNING_SET,
  averageRating,
  formatHours,
  type OfferingChoice,
  OPTION_STATUS_COLOUR,
  optionName,
  RATED_CRITERIA,
  type SolutionTypeChoice,
} from './option-vocabulary';

type AppraisalMatrixProps = {
  needId: string;
  /** The learner's line manager, while the need is open for selection, adds and decides; everyone else reads. */
  editable: boolean;
  solutionTypes: readonly SolutionTypeChoice[];
  offerings: readonly OfferingChoice[];
  /** More actions next to "Add option", e.g. asking HR for advice. */
  actions?: ReactNode;
};

function RatingCell({ rating, note }: { rating: number | null; note?: string | null }) {
  return (
    <Stack gap={4}>
      {rating === null ? (
        <Text size="sm" c="dimmed">
          Not rated
        </Text>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {rating} / 5
          </Text>
          <Box aria-hidden="true">
            <Progress value={rating * 20} size="sm" color={rating >= 4 ? 'teal' : rating >= 3 ? 'blue' : 'orange'} />
          </Box>
        </>
      )}
      {note && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {note}
        </Text>
      )}
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={180} style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      {children}
    </Table.Tr>
  );
}

const Cell = ({ children }: { children: ReactNode }) => <Table.Td style={{ verticalAlign: 'top' }}>{children}</Table.Td>;

type DecisionTarget = { option: SolutionOption; name: string; decision: Decision };

/**
 * The options for a need side by side, one column each: what they are, how they rate on
 * knowledge, skill, behaviour, transfer and sustainability, what they cost, and the decision.
 */
export function AppraisalMatrix({ needId, editable, solutionTypes, offerings, actions }: AppraisalMatrixProps) {
  const options = useNeedOptions(needId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<DecisionTarget | null>(null);

  if (options.isPending) return <LoadingState label="Loading options" />;
  if (options.isError) return <QueryError error={options.error} onRetry={() => void options.refetch()} />;

  const list = options.data;
  const addButton = (
    <Button onClick={() => setAdding(true)} disabled={solutionTypes.length === 0}>
      Add option
    </Button>
  );
  const showsSets = list.some((option) => option.learningSet || option.solutionType === ACTION_LEARNING_SET);
  const cells = (render: (option: SolutionOption, index: number) => ReactNode) =>
    list.map((option, index) => <Cell key={option.id}>{render(option, index)}</Cell>);

  return (
    <Stack>
      {editable && (
        <Group>
          {addButton}
          {actions}
        </Group>
      )}
      {list.length === 0 ? (
        <EmptyState
          title="No options yet"
          description={
            editable
              ? 'Add the ways the learner could meet this need — shadowing, coaching, a placement, a course — and compare them side by side.'
              : 'The line manager has not recorded any options for this need yet.'
          }
        />
      ) : (
        <Table.ScrollContainer minWidth={200 + 240 * list.length}>
          <Table withColumnBorders withTableBorder aria-label="Appraisal of options" aria-busy={options.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={180}>
                  <VisuallyHidden>Criterion</VisuallyHidden>
                </Table.Th>
                {list.map((option, index) => (
                  <Table.Th key={option.id} scope="col" style={{ verticalAlign: 'top' }}>
                    <Stack gap={4}>
                      <Text size="sm" fw={700}>
                        {optionName(option, index)}
                      </Text>
                      <Group gap={4}>
                        <Badge variant="light" color={OPTION_STATUS_COLOUR[option.status] ?? 'gray'}>
                          {option.status}
                        </Badge>
                        {option.programmeId && (
                          <Badge variant="outline" color="grape">
                            Corporate programme
                          </Badge>
                        )}
                      </Group>
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Row label="Type">{cells((option) => <Text size="sm">{option.solutionTypeName}</Text>)}</Row>
              <Row label="Description">
                {cells((option) => (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {option.description}
                  </Text>
                ))}
              </Row>
              <Row label="Provider and offering">
                {cells((option) =>
                  option.programmeTitle ? (
                    <Text size="sm">Corporate programme: {option.programmeTitle}</Text>
                  ) : option.offeringTitle ? (
                    <Stack gap={0}>
                      <Text size="sm">{option.offeringTitle}</Text>
                      <Text size="xs" c="dimmed">
                        {option.providerName}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ),
                )}
              </Row>
              {showsSets && (
                <Row label="Learning set">
                  {cells((option) =>
                    option.learningSet ? (
                      <Stack gap={0}>
                        <Text size="sm">{option.learningSet.name}</Text>
                        <Text size="xs" c="dimmed">
                          {option.learningSet.status}
                        </Text>
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ),
                  )}
                </Row>
              )}
              {RATED_CRITERIA.map((criterion) => (
                <Row key={criterion.rating} label={criterion.label}>
                  {cells((option) => (
                    <RatingCell rating={option[criterion.rating]} note={criterion.note ? option[criterion.note] : null} />
                  ))}
                </Row>
              ))}
              <Row label="Average rating">
                {cells((option) => {
                  const average = averageRating(option);
                  return (
                    <Text size="sm" fw={600} c={average === null ? 'dimmed' : undefined}>
                      {average === null ? '—' : `${average.toFixed(1)} / 5`}
                    </Text>
                  );
                })}
              </Row>
              <Row label="Cost">{cells((option) => <Text size="sm">{formatMoney(option.cost)}</Text>)}</Row>
              <Row label="Hours away from work">{cells((option) => <Text size="sm">{formatHours(option.hoursAway)}</Text>)}</Row>
              <Row label="Status">
                {cells((option) => (
                  <Stack gap={2}>
                    <Text size="sm" fw={600} c={OPTION_STATUS_COLOUR[option.status]}>
                      {option.status}
                    </Text>
                    {option.decidedAt && (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(option.decidedAt)}
                      </Text>
                    )}
                  </Stack>
                ))}
              </Row>
              <Row label="Decision note">
                {cells((option) => (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={option.decisionNote ? undefined : 'dimmed'}>
                    {option.decisionNote || '—'}
                  </Text>
                ))}
              </Row>
              {editable && (
                <Row label="Actions">
                  {cells((option, index) => {
                    const name = optionName(option, index);
                    const selected = option.status === 'Selected';
                    return (
                      <Stack gap={6} align="flex-start">
                        <Group gap={6}>
                          {!option.programmeId && (
                            <Button size="xs" variant="default" onClick={() => setEditing(option.id)} aria-label={`Edit ${name}`}>
                              Edit
                            </Button>
                          )}
                          <Button
                            size="xs"
                            disabled={selected}
                            onClick={() => setDeciding({ option, name, decision: 'select' })}
                            aria-label={`Select ${name}`}
                          >
                            Select
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            disabled={selected || option.status === 'Rejected'}
                            onClick={() => setDeciding({ option, name, decision: 'reject' })}
                            aria-label={`Reject ${name}`}
                          >
                            Reject
                          </Button>
                        </Group>
                        {selected && (
                          <Text size="xs" c="dimmed">
                            To reject the selected option, select another one first.
                          </Text>
                        )}
                        {option.programmeId && (
                          <Text size="xs" c="dimmed">
                            HR manages corporate programme places.
                          </Text>
                        )}
                      </Stack>
                    );
                  })}
                </Row>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {editable && (
        <>
          <AddOptionModal
            opened={adding}
            onClose={() => setAdding(false)}
            needId={needId}
            solutionTypes={solutionTypes}
            offerings={offerings}
          />
          <EditOptionModal
            optionId={editing}
            onClose={() => setEditing(null)}
            solutionTypes={solutionTypes}
            offerings={offerings}
          />
          <DecisionModal target={deciding} onClose={() => setDeciding(null)} onReload={() => void options.refetch()} />
        </>
      )}
    </Stack>
  );
}
