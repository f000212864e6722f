import { Badge } from '@mantine/core';

/** Phillips' ways of isolating the effect of the learning, as the API spells them. */
export const ISOLATION_METHODS = [
  { value: 'ControlGroup', label: 'Control group' },
  { value: 'TrendLine', label: 'Trend line' },
  { value: 'Estimate', label: 'Estimate' },
] as const;

export const isolationLabel = (method: string | null) =>
  ISOLATION_METHODS.find((item) => item.value === method)?.label ?? method ?? '';

export const RATINGS = ['1', '2', '3', '4', '5'] as const;

export const IMPACT_LIMITS = {
  text: 4000,
  money: 100_000_000,
  hours: 10_000,
  hourlyRate: 10_000,
  percent: 100,
} as const;

const STATUS_COLOURS: Record<string, string> = {
  Pending: 'gray',
  Due: 'orange',
  Overdue: 'red',
  Completed: 'green',
};

const STATUS_LABELS: Record<string, string> = {
  Pending: 'Pending',
  Due: 'Due',
  Overdue: 'Overdue',
  Completed: 'Completed',
};

/** The review's status as a badge with its name in words (never colour alone). */
export function ImpactStatusBadge({ status, late = false }: { status: string; late?: boolean }) {
  return (
    <Badge color={STATUS_COLOURS[status] ?? 'gray'} variant={status === 'Overdue' ? 'filled' : 'light'}>
      {STATUS_LABELS[status] ?? status}
      {late ? ' (late)' : ''}
    </Badge>
  );
}
