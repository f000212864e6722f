import { Badge, List, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';

import type { ContractVersion } from '../api/get-contract';

import { diffTerms, type FieldDiff, type ListItemDiff } from './contract-diff';
import classes from './contracts.module.css';

type VersionDiffProps = {
  before: ContractVersion;
  after: ContractVersion;
};

function ListSide({ items, side }: { items: ListItemDiff[]; side: 'before' | 'after' }) {
  const shown = items.filter((item) => item.change === 'same' || item.change === (side === 'before' ? 'removed' : 'added'));
  if (shown.length === 0) return <Text size="sm">None</Text>;
  return (
    <List size="sm" spacing={2}>
      {shown.map((item, index) => (
        <List.Item
          key={index}
          className={item.change === 'same' ? undefined : item.change === 'added' ? classes.added : classes.removed}
          data-change={item.change}
        >
          {item.change !== 'same' && <VisuallyHidden>{item.change === 'added' ? 'Added: ' : 'Removed: '}</VisuallyHidden>}
          {item.text}
        </List.Item>
      ))}
    </List>
  );
}

function Row({ field }: { field: FieldDiff }) {
  return (
    <Table.Tr data-changed={field.changed} className={field.changed ? classes.changedRow : undefined}>
      <Table.Th scope="row">
        <Text size="sm" fw={600}>
          {field.label}
        </Text>
      </Table.Th>
      <Table.Td>
        {field.kind === 'list' ? (
          <ListSide items={field.items} side="before" />
        ) : (
          <Text size="sm" className={field.changed ? classes.removedValue : undefined} style={{ whiteSpace: 'pre-wrap' }}>
            {field.before}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {field.kind === 'list' ? (
          <ListSide items={field.items} side="after" />
        ) : (
          <Text size="sm" className={field.changed ? classes.addedValue : undefined} style={{ whiteSpace: 'pre-wrap' }}>
            {field.after}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {field.changed ? (
          <Badge color="yellow" variant="filled" size="sm" className={classes.badge}>
            Changed
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            Same
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Two versions side by side, field by field; what changed is highlighted, list items added or removed are marked. */
export function VersionDiff({ before, after }: VersionDiffProps) {
  const [changedOnly, setChangedOnly] = useState(false);
  const fields = diffTerms(before, after);
  const changed = fields.filter((field) => field.changed);
  const shown = changedOnly ? changed : fields;
  const caption = `Differences between version ${before.number} and version ${after.number}`;

  return (
    <>
      <Switch
        label="Show only what changed"
        checked={changedOnly}
        onChange={(event) => setChangedOnly(event.currentTarget.checked)}
      />
      <Text size="sm" role="status">
        {changed.length === 0
          ? 'The two versions have the same terms.'
          : `${changed.length} of ${fields.length} fields changed: ${changed.map((field) => field.label.toLowerCase()).join(', ')}.`}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={caption} verticalSpacing="xs" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="18%">
                Field
              </Table.Th>
              <Table.Th scope="col">Version {before.number}</Table.Th>
              <Table.Th scope="col">Version {after.number}</Table.Th>
              <Table.Th scope="col" w={100}>
                Change
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((field) => (
              <Row key={field.key} field={field} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
