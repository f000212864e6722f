import type { ReportFilter } from './get-report';

export const reportKeys = {
  all: ['reports'] as const,
  list: () => [...reportKeys.all, 'list'] as const,
  detail: (name: string, filter: ReportFilter) => [...reportKeys.all, 'detail', name, filter] as const,
};
