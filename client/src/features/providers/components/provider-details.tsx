import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';

import { LoadingState, QueryError } from '@/components/ui/query-state';
import { formatDate } from '@/lib/dates';

import { useProvider } from '../api/get-provider';

import { OfferingsTable } from './offerings-table';
import { ProviderModal } from './provider-modal';
import { providerKindLabel } from './provider-vocabulary';

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

type ProviderDetailsProps = {
  id: string;
  /** HR edits the provider and its offerings; managers and Admin read them. */
  canEdit: boolean;
};

/** One provider of the register: who they are, whether they are preferred, and what they offer. */
export function ProviderDetails({ id, canEdit }: ProviderDetailsProps) {
  const provider = useProvider(id);
  const [editing, setEditing] = useState(false);

  if (provider.isPending) return <LoadingState label="Loading provider" />;
  if (provider.isError) return <QueryError error={provider.error} onRetry={() => void provider.refetch()} />;

  const current = provider.data;
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-label="Provider details">
        <Group justify="space-between" align="flex-start">
          <Stack gap="md" style={{ flex: 1 }}>
            <Group gap={6}>
              <Badge variant="outline" color="gray">
                {providerKindLabel(current.kind)}
              </Badge>
              {current.preferred && (
                <Badge variant="light" color="teal">
                  Preferred supplier
                </Badge>
              )}
              {!current.active && (
                <Badge variant="filled" color="gray">
                  Inactive
                </Badge>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
              <Detail label="Preferred status review">
                {current.preferred ? formatDate(current.preferredReviewOn) : 'Not a preferred supplier'}
              </Detail>
              <Detail label="Contact">{current.contactName || '—'}</Detail>
              <Detail label="Contact e-mail">
                {current.contactEmail ? (
                  <Anchor href={`mailto:${current.contactEmail}`} size="sm">
                    {current.contactEmail}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Detail>
              <Detail label="Website">
                {current.website ? (
                  <Anchor href={current.website} target="_blank" rel="noreferrer" size="sm">
                    {current.website}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Detail>
            </SimpleGrid>
            <Detail label="Accreditations">
              {current.accreditations.length === 0 ? (
                '—'
              ) : (
                <Group gap={4} mt={2}>
                  {current.accreditations.map((accreditation) => (
                    <Badge key={accreditation} variant="light" color="gray" tt="none">
                      {accreditation}
                    </Badge>
                  ))}
                </Group>
              )}
            </Detail>
          </Stack>
          {canEdit && (
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit provider
            </Button>
          )}
        </Group>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="provider-offerings-heading">
        <Title order={2} size="h3" id="provider-offerings-heading">
          Offerings
        </Title>
        <OfferingsTable providerId={current.id} canEdit={canEdit} />
      </Stack>

      <ProviderModal opened={editing} editId={editing ? current.id : null} onClose={() => setEditing(false)} />
    </Stack>
  );
}
