import { Grid, NavLink, Stack } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';

import type { ReportFilter } from '../api/get-report';
import { useReports } from '../api/get-reports';
import { ReportView } from './report-view';

type ReportsPageProps = {
  /** The report shown; the first when none is named. */
  name?: string;
  hrefOf: (name: string) => string;
  filter: ReportFilter;
  onFilterChange: (filter: ReportFilter) => void;
};

/** HR's reports over the organisation: pick one, narrow it, read the chart and table, take the CSV away. */
export function ReportsPage({ name, hrefOf, filter, onFilterChange }: ReportsPageProps) {
  const reports = useReports();
  const selected = reports.data?.items.find((item) => item.name === name) ?? (name ? undefined : reports.data?.items[0]);

  return (
    <>
      <PageHeader title={selected ? `Reports: ${selected.title}` : 'Reports'} description="Figures for your organisation. Private aspirations are counted, never named." />
      {reports.isPending ? (
        <LoadingState label="Loading reports…" />
      ) : reports.isError ? (
        <QueryError error={reports.error} onRetry={() => reports.refetch()} />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Stack component="nav" aria-label="Reports" gap={2}>
              {reports.data.items.map((item) => (
                <NavLink
                  key={item.name}
                  component={Link}
                  to={hrefOf(item.name)}
                  label={item.title}
                  active={item.name === selected?.name}
                  aria-current={item.name === selected?.name ? 'page' : undefined}
                />
              ))}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            {selected ? (
              <ReportView key={selected.name} summary={selected} filter={filter} onFilterChange={onFilterChange} />
            ) : (
              <EmptyState title="There is no such report" description="Choose one of the reports listed." />
            )}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
