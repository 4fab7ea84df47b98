import { defineConfig } from '@playwright/test';

/** E2E tests run against the production build (`next build` first) in Debian's Chromium. */
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  // One retry, reported as "flaky" in the summary, never silently: about 1 page load in 100-300
  // under the suite's parallel load fails to hydrate with React error #418 (server HTML and first
  // client render differ) on pages of every kind, chart or none, server or static export; its
  // cause is not found yet (see the README, Tests). Any other failure, or #418 twice in a row,
  // still fails the run.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
