import { Anchor, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';

import type { Contract } from '../api/get-contract';
import { useContracts } from '../api/get-contracts';

import { awaitsLearner, awaitsManager } from './contract-state';
import { ContractStatusBadge } from './contract-status-badge';
import { CONTRACT_STATUSES } from './contract-vocabulary';

const FILTERS = [{ value: 'all', label: 'All' }, ...CONTRACT_STATUSES.map((status) => ({ value: status, label: status }))];

function role(contract: Contract, personId: string) {
  if (contract.learnerId === personId) return 'Learner';
  if (contract.managerId === personId) return 'Manager';
  if ([contract.pending, contract.inForce].some((version) => version?.terms.mentorId === personId)) return 'Mentor';
  // A manager who took the learner on after the contract was drafted.
  return 'Line manager';
}

function nextStep(contract: Contract) {
  if (awaitsLearner(contract)) return `${contract.learnerName} to sign version ${contract.pending!.number}`;
  if (awaitsManager(contract)) return `${contract.managerName} to countersign version ${contract.pending!.number}`;
  if (contract.pending?.status === 'Draft') return `${contract.managerName} to propose version ${contract.pending.number}`;
  return '—';
}

/** The learning has started, so the contract has a review schedule to open. */
const runsReviews = (contract: Contract) => contract.status === 'Active' || contract.status === 'Completed';

/** The contracts the user is party to (their own, their reports', those they mentor), by status. */
export function ContractsTable({ personId }: { personId: string }) {
  const [filter, setFilter] = useState('all');
  const contracts = useContracts(filter === 'all' ? null : filter);
  const rows = contracts.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <SegmentedControl
        aria-label="Show contracts by status"
        data={FILTERS}
        value={filter}
        onChange={setFilter}
        style={{ alignSelf: 'flex-start' }}
      />
      {contracts.isPending ? (
        <LoadingState label="Loading contracts" />
      ) : contracts.isError && rows.length === 0 ? (
        <QueryError error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filter === 'all' ? 'No contracts yet' : `No ${filter.toLowerCase()} contracts`}
          description="A learning contract is drafted by the line manager once a solution is selected for a development need. Your own, your reports' and those you mentor appear here."
        />
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped aria-label="Contracts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Development need</Table.Th>
                <Table.Th scope="col">Learner</Table.Th>
                <Table.Th scope="col">Manager</Table.Th>
                <Table.Th scope="col">Your role</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Runs</Table.Th>
                <Table.Th scope="col">Waiting for</Table.Th>
                <Table.Th scope="col">Progress reviews</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((contract) => {
                const terms = (contract.inForce ?? contract.pending)?.terms;
                return (
                  <Table.Tr key={contract.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.contract.href(contract.id)} size="sm">
                        {contract.needTitle || 'Contract'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{contract.learnerName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{contract.managerName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{role(contract, personId)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <ContractStatusBadge status={contract.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{terms ? `${formatDate(terms.startDate)} – ${formatDate(terms.endDate)}` : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{nextStep(contract)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {runsReviews(contract) ? (
                        <Anchor
                          component={Link}
                          to={paths.contractReviews.href(contract.id)}
                          size="sm"
                          aria-label={`Progress reviews for ${contract.needTitle || 'the contract'}`}
                        >
                          Reviews
                        </Anchor>
                      ) : (
                        <Text size="sm">—</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore query={contracts} what="contracts" />
    </Stack>
  );
}
