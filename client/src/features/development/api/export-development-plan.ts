import type { paths } from '@/lib/api/schema';

export type PlanExportFormat = 'json' | 'html';

const EXPORT_PATH = '/api/people/{id}/plan/export' satisfies keyof paths;

/**
 * Where the portable plan is downloaded from. The browser follows it itself (a JSON file to
 * keep, or a printable page in a new tab) with the session cookie, so there is nothing to fetch.
 */
export const planExportUrl = (personId: string, format: PlanExportFormat) =>
  `${EXPORT_PATH.replace('{id}', encodeURIComponent(personId))}?format=${format}`;
