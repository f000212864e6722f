import { parseIsoDate, todayIso } from '@/lib/dates';

import type { OneToOne } from '../api/get-one-to-ones';

import { SET_LIMITS } from './set-vocabulary';

export type OneToOneValues = { heldOn: string; developmentProject: string; reframedProject: string; notes: string };

export const oneToOneValues = (existing: OneToOne | null): OneToOneValues =>
  existing
    ? { heldOn: existing.heldOn, developmentProject: existing.developmentProject, reframedProject: existing.reframedProject, notes: existing.notes }
    : { heldOn: todayIso(), developmentProject: '', reframedProject: '', notes: '' };

const tooLong = (value: string, what: string) =>
  value.trim().length > SET_LIMITS.text ? `Keep the ${what} to ${SET_LIMITS.text} characters.` : null;

/** The server's rules: held on a date not after today, both projects given, each text at most 4000 characters. */
export const validateOneToOne = {
  heldOn: (value: string) =>
    !parseIsoDate(value)
      ? 'Say when the one-to-one was held.'
      : value > todayIso()
        ? 'A one-to-one is recorded once it has been held, not before.'
        : null,
  developmentProject: (value: string) =>
    value.trim() ? tooLong(value, 'development project') : "Describe the member's development project as they put it.",
  reframedProject: (value: string) => (value.trim() ? tooLong(value, 'reframed project') : 'Reframe the project into something achievable.'),
  notes: (value: string) => tooLong(value, 'notes'),
};
