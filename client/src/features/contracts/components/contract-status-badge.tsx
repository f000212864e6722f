import { Badge, type BadgeProps } from '@mantine/core';

import { contractStatusColour } from './contract-vocabulary';

export function ContractStatusBadge({ status, ...props }: Omit<BadgeProps, 'children' | 'color'> & { status: string }) {
  return (
    <Badge variant="light" color={contractStatusColour(status)} {...props}>
      {status}
    </Badge>
  );
}
