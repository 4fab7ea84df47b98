/**
 * After a build: marks every script a page runs at start-up with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chromium 136+). Chromium then compiles all of the file's
 * functions on the thread that streams the script in, instead of on the main thread the
 * first time each is called. Most of those calls are Turbopack's module factories, run
 * while the page starts; on a phone-speed CPU (4× throttling) this cut the main thread's
 * blocking time after first paint by about a third (`npm run bench` measures it each run).
 * Other browsers ignore the comment. Chunks loaded later (Recharts, the import worker)
 * are left lazy: most of their functions are not needed at once.
 *
 * Usage: tsx scripts/compile-hints.ts DIR, where DIR is `.next` (server build) or `out`
 * (static export). Running it twice changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunk scripts an HTML page loads (`/_next/static/chunks/…js`), without the legacy `noModule` ones. */
export function startupScriptsOfHtml(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\ssrc="(\/_next\/static\/chunks\/[^"?#]+\.js)"/.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) out.push(src);
  }
  return out;
}

/** The start-up chunks a route's client reference manifest lists (`static/chunks/…js`); covers routes rendered per request, which have no HTML in the build. */
export function startupScriptsOfManifest(manifestJs: string): string[] {
  const files = /"entryJSFiles":(\{[^}]*\})/.exec(manifestJs)?.[1];
  if (!files) return [];
  return Object.values(JSON.parse(files) as Record<string, string[]>).flat().map((f) => `/_next/${f}`);
}

export function withCompileHint(js: string): string {
  return js.startsWith(COMPILE_HINT) ? js : COMPILE_HINT + js;
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => test(path.basename(f))).map((f) => path.join(dir, f));
}

/** Hints every start-up chunk of the build in `dir`; returns the chunk files it marked. */
export function addCompileHints(dir: string): string[] {
  const exported = !fs.existsSync(path.join(dir, 'BUILD_ID'));
  const srcs = new Set<string>();
  const htmlRoot = exported ? dir : path.join(dir, 'server', 'app');
  for (const file of filesUnder(htmlRoot, (n) => n.endsWith('.html'))) for (const s of startupScriptsOfHtml(fs.readFileSync(file, 'utf8'))) srcs.add(s);
  if (!exported) {
    for (const file of filesUnder(htmlRoot, (n) => n === 'page_client-reference-manifest.js')) for (const s of startupScriptsOfManifest(fs.readFileSync(file, 'utf8'))) srcs.add(s);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
    for (const f of manifest.rootMainFiles) srcs.add(`/_next/${f}`);
  }
  const files = [...srcs].sort().map((src) => (exported ? path.join(dir, src) : path.join(dir, src.slice('/_next/'.length))));
  for (const file of files) fs.writeFileSync(file, withCompileHint(fs.readFileSync(file, 'utf8')));
  return files;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx scripts/compile-hints.ts DIR (.next or out)');
  const files = addCompileHints(dir);
  if (files.length === 0) throw new Error(`no start-up scripts found in ${dir}: is it a build?`);
  console.log(`Compile hints: ${files.length} start-up scripts in ${dir} marked for eager compilation.`);
}
