/** The words of business needs, as the server spells them and as people read them. */

export const PRIORITIES = ['Low', 'Medium', 'High', 'Critical'] as const;

export const BUSINESS_NEED_STATUSES = ['Open', 'Achieved', 'Closed'] as const;

export const PRIORITY_COLOUR: Record<string, string> = { Low: 'gray.7', Medium: 'blue.8', High: 'orange.9', Critical: 'red.8' };

export const STATUS_COLOUR: Record<string, string> = { Open: 'blue', Achieved: 'green', Closed: 'gray' };

/** `12.5` → `12.5`, with thousands separators and no trailing zeros. */
export const formatValue = (value: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 }).format(value);

/** "Tenant satisfaction: 72 → 85 %". */
export const describeMeasure = (need: { measureName: string; baselineValue: number; targetValue: number; measureUnit: string }) =>
  `${need.measureName}: ${formatValue(need.baselineValue)} → ${formatValue(need.targetValue)} ${need.measureUnit}`.trim();
