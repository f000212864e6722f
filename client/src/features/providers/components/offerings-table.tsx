import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { formatMoney } from '@/lib/money';

import { useProviderOfferings } from '../api/get-provider-offerings';

import { OfferingModal } from './offering-modal';
import { deliveryModeLabel } from './provider-vocabulary';

type ModalState = { opened: false } | { opened: true; editId: string | null };

type OfferingsTableProps = {
  providerId: string;
  /** HR adds and edits offerings, and sees those no longer offered. */
  canEdit: boolean;
};

/** A provider's offerings by title, one page at a time. */
export function OfferingsTable({ providerId, canEdit }: OfferingsTableProps) {
  const offerings = useProviderOfferings(providerId, canEdit);
  const [modal, setModal] = useState<ModalState>({ opened: false });
  const rows = offerings.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      {canEdit && (
        <Group>
          <Button variant="light" onClick={() => setModal({ opened: true, editId: null })}>
            New offering
          </Button>
        </Group>
      )}
      {offerings.isPending ? (
        <LoadingState label="Loading offerings" />
      ) : offerings.isError && rows.length === 0 ? (
        <QueryError error={offerings.error} onRetry={() => void offerings.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title="No offerings yet"
          description={
            canEdit
              ? 'Add the courses, programmes and services this provider offers, so managers can choose them.'
              : 'This provider has nothing on offer at the moment.'
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover aria-label="Offerings" aria-busy={offerings.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Title</Table.Th>
                  <Table.Th scope="col">Type</Table.Th>
                  <Table.Th scope="col">Accredited</Table.Th>
                  <Table.Th scope="col">Duration</Table.Th>
                  <Table.Th scope="col">Delivery</Table.Th>
                  <Table.Th scope="col">Cost per learner</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  {canEdit && (
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((offering) => (
                  <Table.Tr key={offering.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {offering.title}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{offering.solutionTypeName}</Text>
                    </Table.Td>
                    <Table.Td>
                      {offering.accredited ? (
                        <Stack gap={0}>
                          <Badge variant="light" color="indigo" size="sm">
                            Accredited
                          </Badge>
                          <Text size="xs" c="dimmed">
                            {offering.qualification}
                          </Text>
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          No
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{offering.duration}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{deliveryModeLabel(offering.deliveryMode)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatMoney(offering.cost)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={offering.active ? undefined : 'dimmed'}>
                        {offering.active ? 'Active' : 'Inactive'}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="xs"
                          onClick={() => setModal({ opened: true, editId: offering.id })}
                          aria-label={`Edit ${offering.title}`}
                        >
                          Edit
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore query={offerings} what="offerings" />
        </>
      )}
      {canEdit && (
        <OfferingModal
          opened={modal.opened}
          editId={modal.opened ? modal.editId : null}
          providerId={providerId}
          onClose={() => setModal({ opened: false })}
        />
      )}
    </Stack>
  );
}
