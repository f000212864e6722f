import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A value the viewer may read but not change, labelled like the field others fill in. */
export function ReadOnlyField({ label, children, empty = 'Not recorded.' }: { label: string; children: ReactNode; empty?: string }) {
  const blank = children === null || children === undefined || children === '';
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500} component="div">
        {label}
      </Text>
      {blank ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : typeof children === 'string' ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {children}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}
