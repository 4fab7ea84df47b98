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
import { getDataset } from '../lib/data/dataset';
import { staticHostHeadersFile } from '../lib/site/security-headers';
import { defaultViewFiles } from '../lib/views/view-files';
import { addCompileHints } from './compile-hints';

const env = { ...process.env, NEXT_PUBLIC_STATIC_EXPORT: '1', NEXT_TELEMETRY_DISABLED: '1' };
if (!process.argv.includes('--no-build')) execSync('npx next build', { stdio: 'inherit', env });
const hinted = addCompileHints('out').length;
fs.writeFileSync(path.join('out', '_headers'), staticHostHeadersFile());
// Each view's chart in its default state as JSON (what its table and CSV download show), beside the CSVs in out/data/.
const views = defaultViewFiles(getDataset());
for (const v of views) {
  fs.mkdirSync(path.dirname(path.join('out', v.path)), { recursive: true });
  fs.writeFileSync(path.join('out', v.path), JSON.stringify(v.data));
}
const files = fs.readdirSync('out', { recursive: true }).length;
console.log(`\nStatic export ready: out/ (${files} files; ${hinted} start-up scripts marked for eager compilation; ${views.length} view JSONs in out/data/views). Serve it with any static host, e.g. npm run serve:static`);
