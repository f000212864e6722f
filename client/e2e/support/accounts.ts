/** The administrator the API creates on start-up for end-to-end runs (see playwright.config.ts). */
export const E2E_ADMIN = {
  email: 'admin@e2e.example',
  password: 'E2e-Admin-Password-1',
} as const;
