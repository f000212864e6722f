import { Badge, type BadgeProps } from '@mantine/core';

import { ideaStatus } from './idea-vocabulary';

export function IdeaStatusBadge({ status, ...props }: Omit<BadgeProps, 'children' | 'color'> & { status: string }) {
  const { label, colour } = ideaStatus(status);
  return (
    <Badge color={colour} variant="light" style={{ minWidth: 'max-content' }} {...props}>
      {label}
    </Badge>
  );
}
