import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/dates';

import { useAdviceRequests } from '../api/get-advice-requests';

import { ADVICE_STATUS_COLOUR, topicLabel } from './advice-vocabulary';

type AdviceRequestsTableProps = {
  /** HR's queue of everyone's requests, or the requests the user made. */
  mode: 'queue' | 'mine';
};

const SHOW = [
  { value: 'Open', label: 'Open' },
  { value: 'Answered', label: 'Answered' },
  { value: '', label: 'All' },
];

/** Requests for advice, oldest first, one page at a time: HR's queue or a manager's own requests. */
export function AdviceRequestsTable({ mode }: AdviceRequestsTableProps) {
  const queue = mode === 'queue';
  const [status, setStatus] = useState(queue ? 'Open' : '');
  const requests = useAdviceRequests({ status });
  const rows = requests.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Group gap="sm">
        <Text size="sm" fw={500} id={`advice-${mode}-show`}>
          Show
        </Text>
        <SegmentedControl aria-labelledby={`advice-${mode}-show`} data={SHOW} value={status} onChange={setStatus} size="xs" />
      </Group>
      {requests.isPending ? (
        <LoadingState label="Loading advice requests" />
      ) : requests.isError && rows.length === 0 ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={
            queue
              ? status === 'Open'
                ? 'No open requests'
                : 'No requests'
              : status
                ? `No ${status.toLowerCase()} requests`
                : 'You have not asked HR for advice yet'
          }
          description={
            queue
              ? 'Managers’ questions about policy, preferred suppliers and possible solutions appear here, oldest first.'
              : 'Ask HR from the options page of a need in one of your reports’ plans.'
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover aria-label="Advice requests" aria-busy={requests.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Asked on</Table.Th>
                  <Table.Th scope="col">Need</Table.Th>
                  {queue && <Table.Th scope="col">Asked by</Table.Th>}
                  <Table.Th scope="col">Topics</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((request) => {
                  const answering = queue && request.status === 'Open';
                  return (
                    <Table.Tr key={request.id}>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(request.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {request.needTitle}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {request.learnerName}
                        </Text>
                      </Table.Td>
                      {queue && (
                        <Table.Td>
                          <Text size="sm">{request.requestedByName}</Text>
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Text size="sm">{request.topics.map(topicLabel).join(', ')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={ADVICE_STATUS_COLOUR[request.status] ?? 'gray'} size="sm">
                          {request.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={paths.adviceRequest.href(request.id)}
                          size="sm"
                          aria-label={`${answering ? 'Answer' : 'Open'} the request about ${request.needTitle}`}
                        >
                          {answering ? 'Answer' : 'Open'}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore query={requests} what="requests" />
        </>
      )}
    </Stack>
  );
}
