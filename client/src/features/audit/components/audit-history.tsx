import { Stack, Text } from '@mantine/core';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';

import { useAuditEntries } from '../api/get-audit-entries';

import { AuditEntriesTable } from './audit-entries-table';

/**
 * The history of the records about one person — their own, as the server shows anyone only what is about them: who
 * changed what, and when.
 */
export function AuditHistory({ personId }: { personId: string }) {
  const query = useAuditEntries({ personId });
  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isPending) return <LoadingState label="Loading the history" />;
  if (query.isError && !query.isFetchNextPageError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (entries.length === 0) return <EmptyState title="No changes yet" description="Changes to your records appear here as they are made." />;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Every change to your records, newest first: who made it and what they sent.
      </Text>
      <AuditEntriesTable entries={entries} label="History of my records" showSubject={false} />
      <LoadMore query={query} what="changes" />
    </Stack>
  );
}
