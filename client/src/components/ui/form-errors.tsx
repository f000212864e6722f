import { Alert, Button, Group, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { isApiError } from '@/lib/api-client';

/** What a form shows above its fields when the server refused a submission. */
export type FormProblem = {
  title: string;
  messages: string[];
  /** The record changed since it was read (HTTP 409); the user must reload before saving again. */
  conflict?: boolean;
};

export type ServerErrorOptions = {
  /** Shown for HTTP 409. */
  conflictMessage?: string;
  /**
   * Lists whose items have inputs of their own, as form paths with `*` for any index
   * (`agreedOutcomes`, `identifiedNeeds.*.learningOutcomes`): a message about one item
   * (`agreedOutcomes[2]`) lands on that item's input. Any other list, e.g. a multi-select,
   * takes the messages about its items itself.
   */
  itemFields?: readonly string[];
};

/** The part of a Mantine form this helper needs. */
export type FieldErrorTarget = {
  getValues: () => object;
  setFieldError: (path: string, error: ReactNode) => void;
};

const NETWORK_PROBLEM: FormProblem = {
  title: 'Could not reach the server',
  messages: ['Check your connection and try again.'],
};

const camelCase = (part: string) => (part ? part.charAt(0).toLowerCase() + part.slice(1) : part);

const matchesPattern = (path: string, pattern: string) => {
  const parts = path.split('.');
  const expected = pattern.split('.');
  return parts.length === expected.length && expected.every((part, i) => part === parts[i] || (part === '*' && /^\d+$/.test(parts[i]!)));
};

/**
 * The form path a server key belongs to: `Email` → `email`, `address.city` → `address.city`,
 * `identifiedNeeds[0].Title` → `identifiedNeeds.0.title`, `roles[0]` → `roles`, and
 * `agreedOutcomes[2]` → `agreedOutcomes.2` when `agreedOutcomes` is one of `itemFields`.
 */
function toFieldPath(key: string, itemFields: readonly string[]): string {
  const path = key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map(camelCase)
    .join('.');
  const item = /^(.*)\.\d+$/.exec(path);
  if (!item) return path;
  const list = item[1]!;
  return itemFields.some((pattern) => matchesPattern(list, pattern)) ? path : list;
}

function hasField(values: unknown, path: string): boolean {
  if (!path) return false;
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Puts a server error where the user will see it: validation messages on the matching form
 * fields, anything else into the returned problem for {@link FormErrorAlert}. Returns `null`
 * when every message landed on a field.
 */
export function applyServerErrors(
  form: FieldErrorTarget,
  error: unknown,
  options: ServerErrorOptions = {},
): FormProblem | null {
  if (!isApiError(error)) return NETWORK_PROBLEM;
  const { problem, status } = error;

  if (status === 400 && problem.errors && Object.keys(problem.errors).length > 0) {
    const values = form.getValues();
    const unmatched: string[] = [];
    for (const [key, messages] of Object.entries(problem.errors)) {
      const path = toFieldPath(key, options.itemFields ?? []);
      const text = (messages ?? []).filter(Boolean);
      if (hasField(values, path)) {
        form.setFieldError(path, text.join(' ') || 'This value is not valid.');
      } else {
        unmatched.push(...text);
      }
    }
    return unmatched.length > 0 ? { title: 'Please correct the following', messages: unmatched } : null;
  }

  return describeProblem(error, options);
}

/**
 * A 409 is either a stale version (someone saved first: reload) or a request the record's
 * current state rules out, e.g. cancelling a completed need; the server types the two apart.
 */
export const isStateConflict = (error: unknown) => isApiError(error, 409) && error.problem.type === '/problems/state-conflict';

/** What to tell the user about a refused request that is not about particular fields. */
export function describeProblem(error: unknown, options: Pick<ServerErrorOptions, 'conflictMessage'> = {}): FormProblem {
  if (!isApiError(error)) return NETWORK_PROBLEM;
  const { problem, status } = error;
  const details = problem.detail ? [problem.detail] : [];
  if (isStateConflict(error)) return { title: 'This is not possible now', messages: details };
  switch (status) {
    case 409:
      return {
        title: options.conflictMessage ?? 'This record was changed by someone else — reload and try again.',
        messages: [],
        conflict: true,
      };
    case 403:
      return { title: 'You are not allowed to do this', messages: details };
    case 404:
      return { title: 'This record no longer exists', messages: details };
    default:
      return { title: problem.title || 'Something went wrong', messages: details };
  }
}

type FormErrorAlertProps = {
  problem: FormProblem | null;
  /** Offered when the problem is a version conflict. */
  onReload?: () => void;
};

export function FormErrorAlert({ problem, onReload }: FormErrorAlertProps) {
  if (!problem) return null;
  return (
    <Alert color="red" title={problem.title} role="alert">
      {problem.messages.length === 1 && <Text size="sm">{problem.messages[0]}</Text>}
      {problem.messages.length > 1 && (
        <List size="sm">
          {problem.messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      {problem.conflict && onReload && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onReload}>
            Reload
          </Button>
        </Group>
      )}
    </Alert>
  );
}
