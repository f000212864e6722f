import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { isApiError } from '@/lib/api-client';
import { email, required, rules } from '@/lib/validation';

import { useLogin } from '../api/login';

function describeFailure(error: unknown): string {
  if (isApiError(error, 401)) return 'E-mail or password is incorrect';
  if (isApiError(error, 429)) return 'Too many attempts — wait a minute and try again';
  if (isApiError(error)) return error.problem.detail || error.problem.title || 'Sign-in failed. Try again.';
  return 'Could not reach the server. Check your connection and try again.';
}

/** Signs the user in; the caller's route reacts to the new session. */
export function SignInForm() {
  const login = useLogin();
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: rules(required('Enter your e-mail address'), email()),
      password: rules(required('Enter your password')),
    },
  });

  return (
    <form
      noValidate
      aria-label="Sign in"
      onSubmit={form.onSubmit((values) => login.mutate({ email: values.email.trim(), password: values.password }))}
    >
      <Stack>
        {login.isError && (
          <Alert color="red" role="alert">
            {describeFailure(login.error)}
          </Alert>
        )}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          autoFocus
          {...form.getInputProps('email')}
        />
        <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
        <Button type="submit" loading={login.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
