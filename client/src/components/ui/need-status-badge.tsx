import { Badge, type BadgeProps } from '@mantine/core';

/**
 * A development need moves Identified → Solution selected → Contracted → In progress →
 * Completed → Impact reviewed, or is Cancelled; a learner's own aspiration starts as Proposed.
 */
export const NEED_STATUSES = [
  'Proposed',
  'Identified',
  'SolutionSelected',
  'Contracted',
  'InProgress',
  'Completed',
  'ImpactReviewed',
  'Cancelled',
] as const;

/** The statuses of a need that is still to be learned. */
export const OPEN_NEED_STATUSES: readonly string[] = ['Proposed', 'Identified', 'SolutionSelected', 'Contracted', 'InProgress'];

const LABELS: Record<string, string> = {
  Proposed: 'Proposed',
  Identified: 'Identified',
  SolutionSelected: 'Solution selected',
  Contracted: 'Contracted',
  InProgress: 'In progress',
  Completed: 'Completed',
  ImpactReviewed: 'Impact reviewed',
  Cancelled: 'Cancelled',
};

const COLOURS: Record<string, string> = {
  Proposed: 'grape',
  Identified: 'blue',
  SolutionSelected: 'cyan',
  Contracted: 'teal',
  InProgress: 'orange',
  Completed: 'green',
  ImpactReviewed: 'lime',
  Cancelled: 'gray',
};

export const needStatusLabel = (status: string) => LABELS[status] ?? status;

export const isOpenNeedStatus = (status: string) => OPEN_NEED_STATUSES.includes(status);

type NeedStatusBadgeProps = Omit<BadgeProps, 'children' | 'color'> & {
  status: string;
  /** Shown after the label, e.g. "Identified 2" on a team overview. */
  count?: number;
};

export function NeedStatusBadge({ status, count, ...props }: NeedStatusBadgeProps) {
  return (
    <Badge variant="light" color={COLOURS[status] ?? 'gray'} {...props}>
      {needStatusLabel(status)}
      {count !== undefined && ` ${count}`}
    </Badge>
  );
}
