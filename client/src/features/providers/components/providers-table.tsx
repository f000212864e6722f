import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';

import { type Provider, useProviders } from '../api/get-providers';

import { PROVIDER_KINDS, providerKindLabel } from './provider-vocabulary';

type ProvidersTableProps = {
  /** HR may edit; everyone else reads. */
  canEdit: boolean;
  onEdit: (provider: Provider) => void;
};

const PREFERRED_FILTER = [
  { value: 'yes', label: 'Preferred suppliers' },
  { value: 'no', label: 'Not preferred' },
];

const STATUS_FILTER = [
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];

const toFlag = (value: string | null, yes: string) => (value === null ? null : value === yes);

/** The provider register by name: searchable, filtered by kind, preferred status and activity, one page at a time. */
export function ProvidersTable({ canEdit, onEdit }: ProvidersTableProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [kind, setKind] = useState<string | null>(null);
  const [preferred, setPreferred] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>('active');
  const providers = useProviders({ q, kind, preferred: toFlag(preferred, 'yes'), active: toFlag(status, 'active') });
  const rows = providers.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = !!q.trim() || !!kind || !!preferred || !!status;

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label="Search providers"
          placeholder="Name"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={260}
        />
        <Select label="Kind" placeholder="Any kind" data={[...PROVIDER_KINDS]} value={kind} onChange={setKind} clearable w={200} />
        <Select
          label="Preferred"
          placeholder="Preferred or not"
          data={PREFERRED_FILTER}
          value={preferred}
          onChange={setPreferred}
          clearable
          w={200}
        />
        <Select label="Status" placeholder="Any status" data={STATUS_FILTER} value={status} onChange={setStatus} clearable w={160} />
      </Group>
      {providers.isPending ? (
        <LoadingState label="Loading providers" />
      ) : providers.isError && rows.length === 0 ? (
        <QueryError error={providers.error} onRetry={() => void providers.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filtered ? 'No providers match' : 'No providers yet'}
          description={
            filtered
              ? 'Try another name, kind or status.'
              : 'The register lists the colleges, universities, private providers, professional bodies and internal academies the organisation works with.'
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover aria-label="Providers" aria-busy={providers.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Preferred supplier</Table.Th>
                  <Table.Th scope="col">Accreditations</Table.Th>
                  <Table.Th scope="col">Offerings</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  {canEdit && (
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((provider) => (
                  <Table.Tr key={provider.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.provider.href(provider.id)} size="sm" fw={500}>
                        {provider.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{providerKindLabel(provider.kind)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {provider.preferred ? (
                        <Stack gap={0}>
                          <Badge variant="light" color="teal" size="sm">
                            Preferred
                          </Badge>
                          <Text size="xs" c="dimmed">
                            Review {formatDate(provider.preferredReviewOn)}
                          </Text>
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          No
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {provider.accreditations.join(', ') || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{provider.offeringCount}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={provider.active ? undefined : 'dimmed'}>
                        {provider.active ? 'Active' : 'Inactive'}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button variant="subtle" size="xs" onClick={() => onEdit(provider)} aria-label={`Edit ${provider.name}`}>
                          Edit
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore query={providers} what="providers" />
        </>
      )}
    </Stack>
  );
}
