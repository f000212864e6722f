import { useParams, useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import type { ReportFilter } from '@/features/reports/api/get-report';
import { ReportsPage } from '@/features/reports/components/reports-page';

const FILTER_KEYS = ['from', 'to', 'departmentId', 'groupBy'] as const;

/** HR reports. The filter is in the address, so that a view of a report can be linked to. */
export default function ReportsRoute() {
  const { name } = useParams();
  const [params, setParams] = useSearchParams();
  const filter: ReportFilter = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined]));

  const onFilterChange = (next: ReportFilter) =>
    setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => !!entry[1]?.trim())), { replace: true });

  return <ReportsPage name={name} hrefOf={paths.report.href} filter={filter} onFilterChange={onFilterChange} />;
}
