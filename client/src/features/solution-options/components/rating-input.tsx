import { Input, SegmentedControl, Stack } from '@mantine/core';
import { type ReactNode, useId } from 'react';

const CHOICES = [
  { value: '', label: 'Not rated' },
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5' },
];

type RatingInputProps = {
  label: string;
  description?: ReactNode;
  value?: number | null;
  onChange?: (value: number | null) => void;
  error?: ReactNode;
  /** The rest of what a Mantine form hands out for a path; not needed here. */
  [key: string]: unknown;
};

/**
 * A rating from 1 (poor) to 5 (excellent), or none yet: a group of radio buttons, so the arrow
 * keys move between the choices.
 */
export function RatingInput({ label, description, value = null, onChange, error }: RatingInputProps) {
  const labelId = useId();
  const descriptionId = useId();
  const errorId = useId();
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <Stack gap={4}>
      <div>
        <Input.Label id={labelId} component="div">
          {label}
        </Input.Label>
        {description && <Input.Description id={descriptionId}>{description}</Input.Description>}
      </div>
      <SegmentedControl
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        data={CHOICES}
        value={value === null ? '' : String(value)}
        onChange={(next) => onChange?.(next === '' ? null : Number(next))}
        size="xs"
        color={error ? 'red' : undefined}
      />
      {error && <Input.Error id={errorId}>{error}</Input.Error>}
    </Stack>
  );
}
