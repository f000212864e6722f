import { Button, CloseButton, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/** What each item's input needs: the props a Mantine form hands out for one path. */
type ItemInputProps = {
  value?: unknown;
  onChange?: unknown;
  error?: ReactNode;
  onFocus?: unknown;
  onBlur?: unknown;
};

type TextListInputProps = {
  /** Names the whole list, e.g. "Learning outcomes". */
  label: string;
  /** Names one item, e.g. `Learning outcome 2`; also used for its remove button. */
  itemLabel: (index: number) => string;
  /** The add button, e.g. "Add a learning outcome". */
  addLabel: string;
  description?: ReactNode;
  required?: boolean;
  count: number;
  getItemProps: (index: number) => ItemInputProps;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** A message about the list as a whole. */
  error?: ReactNode;
  /** No more items can be added past this. */
  max?: number;
  /** Items cannot be removed below this. */
  min?: number;
  placeholder?: string;
};

/**
 * An editable list of short texts, one labelled input per item, with add and remove buttons.
 * A new item takes the focus, so the list can be filled in from the keyboard alone.
 */
export function TextListInput({
  label,
  itemLabel,
  addLabel,
  description,
  required,
  count,
  getItemProps,
  onAdd,
  onRemove,
  error,
  max,
  min = 0,
  placeholder,
}: TextListInputProps) {
  const labelId = useId();
  const descriptionId = useId();
  const errorId = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  // After an item is added or removed, where the focus goes: an item's input, or the add button (-1).
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    const target = focusIndex >= 0 ? inputs.current[focusIndex] : addButton.current;
    (target ?? addButton.current)?.focus();
    setFocusIndex(null);
  }, [focusIndex, count]);

  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <Stack gap={6} role="group" aria-labelledby={labelId} aria-describedby={describedBy}>
      <div>
        <Input.Label id={labelId} required={required} component="div">
          {label}
        </Input.Label>
        {description && <Input.Description id={descriptionId}>{description}</Input.Description>}
      </div>
      {count === 0 && (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      )}
      {Array.from({ length: count }, (_, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <Text size="sm" c="dimmed" w={20} ta="right" pt={6} aria-hidden="true">
            {index + 1}.
          </Text>
          <TextInput
            {...(getItemProps(index) as object)}
            ref={(node) => {
              inputs.current[index] = node;
            }}
            aria-label={itemLabel(index)}
            placeholder={placeholder}
            autoComplete="off"
            style={{ flex: 1 }}
          />
          <CloseButton
            aria-label={`Remove ${itemLabel(index).charAt(0).toLowerCase()}${itemLabel(index).slice(1)}`}
            onClick={() => {
              onRemove(index);
              // Stay in the list: on the item that moved up, else the one before, else the add button.
              setFocusIndex(count > 1 ? Math.min(index, count - 2) : -1);
            }}
            disabled={count <= min}
            mt={4}
          />
        </Group>
      ))}
      {error && <Input.Error id={errorId}>{error}</Input.Error>}
      <Group>
        <Button
          ref={addButton}
          variant="light"
          size="xs"
          onClick={() => {
            onAdd();
            setFocusIndex(count);
          }}
          disabled={max !== undefined && count >= max}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
