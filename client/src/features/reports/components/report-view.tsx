import { Anchor, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { isApiError } from '@/lib/api-client';

import { useDepartments } from '../api/get-departments';
import { reportCsvHref, type ReportFilter, useReport } from '../api/get-report';
import type { ReportSummary } from '../api/get-reports';
import { ReportChart } from './report-chart';
import { formatCell, isNumeric } from './report-format';

type ReportViewProps = {
  summary: ReportSummary;
  filter: ReportFilter;
  onFilterChange: (filter: ReportFilter) => void;
};

/** The same rule the server applies: the period may be one day, never backwards. */
const periodError = (filter: ReportFilter) =>
  filter.from && filter.to && filter.to < filter.from ? "'To' must be on or after 'From'." : undefined;

export function ReportView({ summary, filter, onFilterChange }: ReportViewProps) {
  const [draft, setDraft] = useState<ReportFilter>(filter);
  useEffect(() => setDraft(filter), [filter]);
  const report = useReport(summary.name, filter);
  const departments = useDepartments();
  const takes = (name: string) => summary.filters.includes(name);
  const serverErrors = isApiError(report.error, 400) ? (report.error.problem.errors ?? {}) : {};
  const fieldError = (field: string) => serverErrors[field]?.join(' ');
  const draftError = periodError(draft);

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    if (!draftError) onFilterChange(draft);
  };

  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm">
        {summary.description}
      </Text>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={apply} aria-label="Report filters">
        <Group align="flex-end" gap="md" wrap="wrap">
          {takes('from') && (
            <TextInput
              type="date"
              label="From"
              value={draft.from ?? ''}
              onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
              error={fieldError('from')}
            />
          )}
          {takes('to') && (
            <TextInput
              type="date"
              label="To"
              value={draft.to ?? ''}
              onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
              error={draftError ?? fieldError('to')}
            />
          )}
          {takes('departmentId') && (
            <NativeSelect
              label="Department"
              value={draft.departmentId ?? ''}
              onChange={(event) => setDraft({ ...draft, departmentId: event.currentTarget.value })}
              data={[{ value: '', label: 'All departments' }, ...(departments.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))]}
              error={fieldError('departmentId')}
            />
          )}
          {takes('groupBy') && (
            <NativeSelect
              label="Group by"
              value={draft.groupBy ?? 'month'}
              onChange={(event) => setDraft({ ...draft, groupBy: event.currentTarget.value })}
              data={[
                { value: 'month', label: 'Month' },
                { value: 'quarter', label: 'Quarter' },
              ]}
              error={fieldError('groupBy')}
            />
          )}
          <Button type="submit">Show</Button>
          <Anchor href={reportCsvHref(summary.name, filter)} download>
            Download CSV
          </Anchor>
        </Group>
      </Paper>
      {report.isPending ? (
        <LoadingState label="Loading the report…" />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} title="Could not load the report" />
      ) : report.data.rows.length === 0 ? (
        <EmptyState title="Nothing to report" description="No records match these filters. Widen the period or choose all departments." />
      ) : (
        <>
          <ReportChart report={report.data} />
          <Table.ScrollContainer minWidth={600}>
            <Table striped withTableBorder captionSide="top">
              <Table.Caption>{report.data.title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {report.data.columns.map((column) => (
                    <Table.Th key={column.key} scope="col" ta={isNumeric(column) ? 'right' : undefined}>
                      {column.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data.rows.map((row, index) => (
                  <Table.Tr key={index}>
                    {report.data.columns.map((column) => (
                      <Table.Td key={column.key} ta={isNumeric(column) ? 'right' : undefined}>
                        {formatCell(column, row[column.key])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
