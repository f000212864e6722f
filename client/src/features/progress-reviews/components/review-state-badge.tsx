import { Badge, type BadgeProps } from '@mantine/core';

import { overallStatusColour, overallStatusLabel, reviewState } from './review-vocabulary';

/** Where a review stands, in words and colour: due and overdue are filled so that they stand out. */
export function ReviewStateBadge({ state, ...props }: Omit<BadgeProps, 'children' | 'color'> & { state: string }) {
  const { label, colour, variant } = reviewState(state);
  return (
    <Badge color={colour} variant={variant} style={{ minWidth: 'max-content' }} {...props}>
      {label}
    </Badge>
  );
}

export function OverallStatusBadge({ status, ...props }: Omit<BadgeProps, 'children' | 'color'> & { status: string | null }) {
  if (!status) return null;
  return (
    <Badge color={overallStatusColour(status)} variant="light" style={{ minWidth: 'max-content' }} {...props}>
      {overallStatusLabel(status)}
    </Badge>
  );
}
