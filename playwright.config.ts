import { defineConfig } from '@playwright/test';

/** E2E tests run against the production build (`next build` first) in Debian's Chromium. */
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  // No retries: a failure that passes on a second try is a failure (React #418 once hid there;
  // tests/e2e/hydration.spec.ts now loads pages in parallel to catch it).
  retries: 0,
  failOnFlakyTests: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: {
    // No -H: with -H 127.0.0.1, Next takes the proxy's rewrite of a shared link (whose URL it
    // names "localhost") for an external one and proxies it over HTTP, which under load hangs up (a 500).
    command: `node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
