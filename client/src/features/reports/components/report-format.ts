import { formatMoney } from '@/lib/money';

import type { ReportColumn } from '../api/get-report';

type Cell = unknown;

const count = new Intl.NumberFormat('en-GB');
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A cell as a person reads it; the server has already rounded (money 2 places, percentages 1, ratios and ratings 2). */
export function formatCell(column: Pick<ReportColumn, 'kind'>, value: Cell): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value !== 'number') return String(value);
  switch (column.kind) {
    case 'money':
      return formatMoney(value);
    case 'percent':
      return `${oneDecimal.format(value)} %`;
    case 'ratio':
    case 'rating':
      return twoDecimals.format(value);
    default:
      return count.format(value);
  }
}

export const isNumeric = (column: Pick<ReportColumn, 'kind'>) => column.kind !== 'text';
