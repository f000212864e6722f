import { Badge, Button, CloseButton, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type ComponentType, type FormEvent, useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';

import { type AuditFilter, type AuditEntry, useAuditEntries } from '../api/get-audit-entries';

import { AuditEntriesTable } from './audit-entries-table';
import { humanise, isGuid, RECORD_TYPES } from './audit-vocabulary';

/** A person picker the host page provides (the people directory belongs to another feature). */
export type PersonPickerProps = { label: string; value: string | null; onChange: (personId: string | null) => void };

type AuditTrailProps = {
  filter: AuditFilter;
  onFilterChange: (filter: AuditFilter) => void;
  PersonPicker: ComponentType<PersonPickerProps>;
};

/** The name the loaded entries give a person, for the filter's summary. */
const nameIn = (entries: AuditEntry[], id: string | undefined) =>
  id
    ? (entries.find((entry) => entry.subjectPersonId === id)?.subjectName ?? entries.find((entry) => entry.actorId === id)?.actorName ?? null)
    : null;

function Filters({ filter, onFilterChange, PersonPicker }: AuditTrailProps) {
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const [recordError, setRecordError] = useState<string | null>(null);
  const [datesError, setDatesError] = useState<string | null>(null);
  const set = (change: AuditFilter) => setDraft((current) => ({ ...current, ...change }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    // The same rules the server enforces, said before the round trip.
    const badRecord = !!draft.recordId?.trim() && !isGuid(draft.recordId);
    const badDates = !!draft.from && !!draft.to && draft.to < draft.from;
    setRecordError(badRecord ? 'A record id looks like 3f2b…-…: copy it from the record’s address.' : null);
    setDatesError(badDates ? 'The last day cannot be before the first.' : null);
    if (!badRecord && !badDates) onFilterChange(draft);
  };

  const clear = () => {
    setDraft({});
    setRecordError(null);
    setDatesError(null);
    onFilterChange({});
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={apply} aria-label="Filter the audit trail">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <PersonPicker label="About" value={draft.personId ?? null} onChange={(personId) => set({ personId: personId ?? undefined })} />
        <PersonPicker label="Changed by" value={draft.actorId ?? null} onChange={(actorId) => set({ actorId: actorId ?? undefined })} />
        <Select
          label="Record type"
          clearable
          value={draft.recordType ?? null}
          onChange={(recordType) => set({ recordType: recordType ?? undefined })}
          data={RECORD_TYPES.map((type) => ({ value: type, label: humanise(type) }))}
        />
        <TextInput
          label="Record id"
          value={draft.recordId ?? ''}
          onChange={(event) => set({ recordId: event.currentTarget.value })}
          error={recordError}
        />
        <TextInput label="From" type="date" value={draft.from ?? ''} onChange={(event) => set({ from: event.currentTarget.value })} />
        <TextInput label="To" type="date" value={draft.to ?? ''} onChange={(event) => set({ to: event.currentTarget.value })} error={datesError} />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit">Apply</Button>
        <Button variant="default" onClick={clear}>
          Clear
        </Button>
      </Group>
    </Paper>
  );
}

/**
 * The whole audit trail for HR and Admin: filters, then every change newest first. A person's name in the list narrows
 * the trail to changes about them (or made by them).
 */
export function AuditTrail({ filter, onFilterChange, PersonPicker }: AuditTrailProps) {
  const query = useAuditEntries(filter);
  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];
  const narrowed = Object.values(filter).some(Boolean);

  const pick = (change: AuditFilter) => onFilterChange({ ...filter, ...change });
  const unset = (key: keyof AuditFilter) => onFilterChange({ ...filter, [key]: undefined });

  return (
    <Stack gap="md">
      {/* Remounted when the filter changes from outside (a name clicked), so the form shows it. */}
      <Filters key={JSON.stringify(filter)} filter={filter} onFilterChange={onFilterChange} PersonPicker={PersonPicker} />
      {(filter.personId || filter.actorId) && (
        <Group gap="xs" aria-label="People filters">
          {filter.personId && (
            <Badge variant="light" rightSection={<CloseButton size="xs" aria-label="Stop filtering by whom it is about" onClick={() => unset('personId')} />}>
              About {nameIn(entries, filter.personId) ?? 'the chosen person'}
            </Badge>
          )}
          {filter.actorId && (
            <Badge variant="light" rightSection={<CloseButton size="xs" aria-label="Stop filtering by who made it" onClick={() => unset('actorId')} />}>
              By {nameIn(entries, filter.actorId) ?? 'the chosen person'}
            </Badge>
          )}
        </Group>
      )}
      {query.isPending ? (
        <LoadingState label="Loading the audit trail" />
      ) : query.isError && !query.isFetchNextPageError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState
          title={narrowed ? 'No changes match' : 'No changes recorded yet'}
          description={narrowed ? 'Widen the filters or clear them.' : 'Every change anyone makes is recorded here.'}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Newest first.
          </Text>
          <AuditEntriesTable
            entries={entries}
            label="Audit trail"
            showSubject
            onPickSubject={(personId) => pick({ personId })}
            onPickActor={(actorId) => pick({ actorId })}
          />
          <LoadMore query={query} what="changes" />
        </>
      )}
    </Stack>
  );
}
