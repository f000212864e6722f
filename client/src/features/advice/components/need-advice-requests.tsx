import { Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/dates';

import { useAdviceRequests } from '../api/get-advice-requests';

import { ADVICE_STATUS_COLOUR, topicLabel } from './advice-vocabulary';

/** The requests for advice about one need that the user may see (HR: all; a manager: their own). */
export function NeedAdviceRequests({ needId }: { needId: string }) {
  const requests = useAdviceRequests({ needId });
  const rows = requests.data?.pages.flatMap((page) => page.items) ?? [];

  if (requests.isPending) return <LoadingState label="Loading advice requests" />;
  if (requests.isError) return <QueryError error={requests.error} onRetry={() => void requests.refetch()} />;
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nobody has asked HR about this need yet.
      </Text>
    );
  }

  return (
    <Stack gap="xs" align="flex-start">
      <List spacing="xs" listStyleType="none" pl={0} aria-label="Advice requests about this need">
        {rows.map((request) => (
          <List.Item key={request.id}>
            <Group gap="xs">
              <Anchor component={Link} to={paths.adviceRequest.href(request.id)} size="sm">
                {request.topics.map(topicLabel).join(', ')}
              </Anchor>
              <Badge variant="light" size="sm" color={ADVICE_STATUS_COLOUR[request.status] ?? 'gray'}>
                {request.status}
              </Badge>
              <Text size="xs" c="dimmed">
                asked by {request.requestedByName}, {formatDateTime(request.createdAt)}
                {request.recommendations.length > 0 &&
                  ` · ${request.recommendations.length} recommended offering${request.recommendations.length === 1 ? '' : 's'}`}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {requests.hasNextPage && (
        <Button variant="default" size="xs" onClick={() => void requests.fetchNextPage()} loading={requests.isFetchingNextPage}>
          Load more
        </Button>
      )}
    </Stack>
  );
}
