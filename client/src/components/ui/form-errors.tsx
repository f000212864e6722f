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

/** `Email` → `email`, `roles[0]` → `roles`, `address.city` → `address.city`. */
function toFieldPath(key: string): string {
  const withoutIndex = key.replace(/\[\d+\]$/, '');
  return withoutIndex
    .split('.')
    .map((part) => (part ? part.charAt(0).toLowerCase() + part.slice(1) : part))
    .join('.');
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
      const path = toFieldPath(key);
      const text = (messages ?? []).filter(Boolean);
      if (hasField(values, path)) {
        form.setFieldError(path, text.join(' ') || 'This value is not valid.');
      } else {
        unmatched.push(...text);
      }
    }
    return unmatched.length > 0 ? { title: 'Please correct the following', messages: unmatched } : null;
  }

  switch (status) {
    case 409:
      return {
        title: options.conflictMessage ?? 'This record was changed by someone else — reload and try again.',
        messages: [],
        conflict: true,
      };
    case 403:
      return { title: 'You are not allowed to do this', messages: problem.detail ? [problem.detail] : [] };
    case 404:
      return { title: 'This record no longer exists', messages: problem.detail ? [problem.detail] : [] };
    default:
      return {
        title: problem.title || 'Something went wrong',
        messages: problem.detail ? [problem.detail] : [],
      };
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
