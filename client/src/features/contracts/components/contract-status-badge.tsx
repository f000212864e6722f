import { Badge, type BadgeProps } from '@mantine/core';

import { contractStatusColour } from './contract-vocabulary';
import classes from './contracts.module.css';

export function ContractStatusBadge({ status, ...props }: Omit<BadgeProps, 'children' | 'color'> & { status: string }) {
  return (
    <Badge variant="light" color={contractStatusColour(status)} className={classes.badge} {...props}>
      {status}
    </Badge>
  );
}
