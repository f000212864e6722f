import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';

import { useDiscussions } from '../api/get-discussions';

import { discussionKindLabel } from './discussion-vocabulary';

type DiscussionsListProps = {
  learnerId: string;
  /** Says "you" to the learner. */
  isOwn?: boolean;
};

/** One learner's 1:1s, newest first, each linking to its record. */
export function DiscussionsList({ learnerId, isOwn = false }: DiscussionsListProps) {
  const discussions = useDiscussions(learnerId);
  const rows = discussions.data?.pages.flatMap((page) => page.items) ?? [];

  if (discussions.isPending) return <LoadingState label="Loading 1:1s" />;
  if (discussions.isError && rows.length === 0) {
    return <QueryError error={discussions.error} onRetry={() => void discussions.refetch()} />;
  }
  if (rows.length === 0) {
    return (
      <EmptyState
        title="No 1:1s recorded yet"
        description={
          isOwn
            ? 'When your manager records a development discussion with you, it appears here.'
            : 'Record a 1:1 from the My team page.'
        }
      />
    );
  }

  return (
    <Stack>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label="1:1 discussions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Held on</Table.Th>
              <Table.Th scope="col">Kind</Table.Th>
              <Table.Th scope="col">Manager</Table.Th>
              <Table.Th scope="col">Needs identified</Table.Th>
              <Table.Th scope="col">Next discussion</Table.Th>
              <Table.Th scope="col">{isOwn ? 'Your comment' : 'Learner comment'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((discussion) => (
              <Table.Tr key={discussion.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.discussion.href(discussion.id)} size="sm">
                    {discussionKindLabel(discussion.kind)} on {formatDate(discussion.heldOn)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{discussionKindLabel(discussion.kind)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{discussion.managerName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{discussion.identifiedNeeds.length}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(discussion.nextDiscussionOn)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{discussion.learnerComment ? 'Added' : '—'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore query={discussions} what="1:1s" />
    </Stack>
  );
}
