import type { ReactNode } from 'react';

/** A person as the learning set screens carry them. */
export type PickedPerson = { id: string; name: string };

/**
 * What a person picker gets from a learning set screen. The route supplies the picker, because people
 * live in another feature: any active person the search finds, but none of `excludeIds`, and only
 * holders of `role` when one is given.
 */
export type PersonPickerProps = {
  label: string;
  description?: string;
  placeholder?: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: ReactNode;
  excludeIds: readonly string[];
  role?: string;
  required?: boolean;
};

export type RenderPersonPicker = (props: PersonPickerProps) => ReactNode;
