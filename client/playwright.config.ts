import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { defineConfig, devices } from '@playwright/test';

import { E2E_ADMIN } from './e2e/support/accounts';

// WBL_E2E_PORT lets two runs on one machine (e.g. two worktrees) use different ports; 5179 by default.
const port = Number(process.env.WBL_E2E_PORT ?? 5179);
const baseURL = `http://127.0.0.1:${port}`;

// A database of its own for every run (the API creates it on start), so runs never see each other's data.
// Workers inherit the runner's environment, so they all agree on the file; the teardown deletes it.
process.env.WBL_E2E_DATABASE ??= join(tmpdir(), `wbl-e2e-${process.pid}-${Date.now()}.db`);
const databaseFile = process.env.WBL_E2E_DATABASE;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  globalTeardown: './e2e/support/global-teardown.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      // Playwright's own browser download is not available here; Debian's chromium package is.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `dotnet run --project ../src/WbL.Api --no-build --no-launch-profile --urls ${baseURL}`,
    url: `${baseURL}/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      ASPNETCORE_ENVIRONMENT: 'Development',
      ConnectionStrings__Wbl: `Data Source=${databaseFile}`,
      Database__Provider: 'Sqlite',
      Wbl__SeedDemoData: 'false',
      Wbl__BootstrapAdmin__Email: E2E_ADMIN.email,
      Wbl__BootstrapAdmin__Password: E2E_ADMIN.password,
      // Every spec signs several people in from this one address, in the browser and through the API:
      // the production limit of 10 sign-ins a minute per address would turn the run into a wait.
      Wbl__Auth__LoginAttemptsPerMinute: '1000',
    },
  },
});
