/**
 * npm test: every check, in the order that fails fastest. E2E tests run against a
 * fresh production build in Debian's Chromium.
 */
import { execSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';

function step(title, command) {
  const started = Date.now();
  console.log(`\n▶ ${title}: ${command}`);
  execSync(command, { stdio: 'inherit', env: process.env });
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

ensureChromium();
step('types', 'npx tsc --noEmit');
step('lint', 'npx eslint .');
step('unit tests', 'npx vitest run');
// The export's build writes .next too, so it runs first and the server build replaces it.
step('static export', 'npx tsx scripts/export.ts');
step('production build', 'npm run build');
step('end-to-end tests (Chromium)', 'npx playwright test');
