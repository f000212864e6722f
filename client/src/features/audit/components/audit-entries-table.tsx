import { Anchor, Button, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useId, useState } from 'react';

import { formatDateTime } from '@/lib/dates';

import type { AuditEntry } from '../api/get-audit-entries';

import { humanise } from './audit-vocabulary';

type PersonLinkProps = { id: string | null; name: string | null; fallback: string; onPick?: (id: string) => void; what: string };

/** A name that, when the list can be narrowed, narrows it to that person. */
function PersonName({ id, name, fallback, onPick, what }: PersonLinkProps) {
  if (!id) return <Text size="sm" c="dimmed">{fallback}</Text>;
  if (!onPick) return <Text size="sm">{name}</Text>;
  return (
    <Anchor component="button" type="button" size="sm" onClick={() => onPick(id)} title={`Show only changes ${what} ${name}`}>
      {name}
    </Anchor>
  );
}

/** The values a change was made with, laid out to read; or why they are not shown. */
function Changes({ entry }: { entry: AuditEntry }) {
  return (
    <Stack gap="xs">
      {entry.changesWithheld ? (
        <Text size="sm">
          The values are confidential (a private aspiration): only the person the record is about may read them.
        </Text>
      ) : (
        <Code block aria-label="Values sent">
          {JSON.stringify(entry.changes, null, 2)}
        </Code>
      )}
      <Text size="xs" c="dimmed">
        Record {entry.recordId ?? '—'} · correlation id <Code>{entry.correlationId}</Code>
      </Text>
    </Stack>
  );
}

function EntryRows({ entry, showSubject, onPickSubject, onPickActor }: { entry: AuditEntry } & Omit<AuditEntriesTableProps, 'entries' | 'label'>) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const columns = showSubject ? 6 : 5;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td>
          <Text size="sm">{formatDateTime(entry.occurredAt)}</Text>
        </Table.Td>
        <Table.Td>
          <PersonName id={entry.actorId} name={entry.actorName} fallback="System" onPick={onPickActor} what="by" />
        </Table.Td>
        <Table.Td>
          <Text size="sm">{humanise(entry.action)}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{humanise(entry.recordType)}</Text>
        </Table.Td>
        {showSubject && (
          <Table.Td>
            <PersonName id={entry.subjectPersonId} name={entry.subjectName} fallback="—" onPick={onPickSubject} what="about" />
          </Table.Td>
        )}
        <Table.Td>
          <Button variant="subtle" size="compact-sm" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
            {open ? 'Hide changes' : 'Show changes'}
          </Button>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={columns}>
            <Changes entry={entry} />
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

type AuditEntriesTableProps = {
  entries: AuditEntry[];
  label: string;
  /** Show whom each record is about (left out where every entry is about the reader). */
  showSubject: boolean;
  onPickSubject?: (personId: string) => void;
  onPickActor?: (personId: string) => void;
};

/** Entries newest first; each row opens to the values the change was made with. */
export function AuditEntriesTable({ entries, label, ...rest }: AuditEntriesTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={label} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">By</Table.Th>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">Record</Table.Th>
            {rest.showSubject && <Table.Th scope="col">About</Table.Th>}
            <Table.Th scope="col">
              <VisuallyHidden>Changes</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <EntryRows key={entry.id} entry={entry} {...rest} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
