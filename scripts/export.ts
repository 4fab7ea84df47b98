/**
 * npm run export: the whole dashboard as static files in out/, for any static host or
 * CDN (no server). Embeds then read their settings in the browser. Headers (CSP and
 * framing rules) are written to out/_headers for hosts that read that file; elsewhere,
 * configure them as in lib/site/security-headers.ts.
 * Next's export build also rewrites .next: run `npm start` (which rebuilds) afterwards,
 * never `next start` on a .next left by an export.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { staticHostHeadersFile } from '../lib/site/security-headers';
import { addCompileHints } from './compile-hints';

const env = { ...process.env, NEXT_PUBLIC_STATIC_EXPORT: '1', NEXT_TELEMETRY_DISABLED: '1' };
if (!process.argv.includes('--no-build')) execSync('npx next build', { stdio: 'inherit', env });
const hinted = addCompileHints('out').length;
fs.writeFileSync(path.join('out', '_headers'), staticHostHeadersFile());
const files = fs.readdirSync('out', { recursive: true }).length;
console.log(`\nStatic export ready: out/ (${files} files; ${hinted} start-up scripts marked for eager compilation). Serve it with any static host, e.g. npm run serve:static`);
