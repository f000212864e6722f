import { Button, Divider, Stack } from '@mantine/core';

import { useSignInOptions } from '../api/get-sign-in-options';

import { SignInForm } from './sign-in-form';

/** The server's single sign-on entry point; it returns the browser to `returnUrl` afterwards. */
export const singleSignOnHref = (returnUrl: string) => `/api/auth/oidc/login?returnUrl=${encodeURIComponent(returnUrl)}`;

type SignInPanelProps = {
  /** Where single sign-on should bring the user back to. */
  returnUrl: string;
};

/**
 * Offers the ways of signing in the server has switched on. Until it has said (or if it cannot),
 * the password form is shown: it is on by default.
 */
export function SignInPanel({ returnUrl }: SignInPanelProps) {
  const options = useSignInOptions();
  const password = options.data?.password ?? true;
  const singleSignOn = options.data?.singleSignOn ?? false;

  return (
    <Stack>
      {singleSignOn && (
        <Button component="a" href={singleSignOnHref(returnUrl)} variant={password ? 'default' : 'filled'} fullWidth>
          Sign in with your organisation account
        </Button>
      )}
      {singleSignOn && password && <Divider label="or with your WbL password" labelPosition="center" />}
      {password && <SignInForm />}
    </Stack>
  );
}
