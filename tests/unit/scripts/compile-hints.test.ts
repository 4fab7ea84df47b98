import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT, startupScriptsOfHtml, startupScriptsOfManifest, withCompileHint } from '../../../scripts/compile-hints';

// Shaped like the head of a page `next build` writes (Next 16, Turbopack).
const PAGE_HTML =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/aa1.js"/>' +
  '<script src="/_next/static/chunks/aa1.js" async=""></script>' +
  '<script src="/_next/static/chunks/bb2.js" async=""></script>' +
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>' +
  '<script>document.documentElement.dataset.theme="dark"</script>' +
  '<script src="https://example.org/other.js"></script></head>' +
  '<body><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

const MANIFEST_JS =
  'globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST["/embed/[view]/[subject]/page"]=' +
  '{"moduleLoading":{"prefix":"/_next/"},"entryCSSFiles":{"[project]/app/layout":[{"path":"static/chunks/x.css"}]},' +
  '"entryJSFiles":{"[project]/app/layout":["static/chunks/bb2.js"],"[project]/app/embed/[view]/[subject]/page":["static/chunks/bb2.js","static/chunks/cc3.js"]}};';

describe('which scripts run at start-up', () => {
  it('reads the chunk scripts of an HTML page, without legacy noModule, inline or foreign scripts', () => {
    expect(startupScriptsOfHtml(PAGE_HTML)).toEqual(['/_next/static/chunks/aa1.js', '/_next/static/chunks/bb2.js']);
  });

  it("reads a route's entry chunks from its client reference manifest", () => {
    expect(startupScriptsOfManifest(MANIFEST_JS)).toEqual(['/_next/static/chunks/bb2.js', '/_next/static/chunks/bb2.js', '/_next/static/chunks/cc3.js']);
    expect(startupScriptsOfManifest('globalThis.x = 1;')).toEqual([]);
  });

  it('adds the hint once, at the very top, and leaves the code as it was', () => {
    const js = '(globalThis.TURBOPACK||[]).push([1]);';
    expect(withCompileHint(js)).toBe(`//# allFunctionsCalledOnLoad\n${js}`);
    expect(withCompileHint(withCompileHint(js))).toBe(withCompileHint(js));
  });
});

describe('addCompileHints on a build folder', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(file: string, text: string) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  const CHUNKS = ['aa1', 'bb2', 'cc3', 'dd4', 'lazy', 'poly'];

  it('server build (.next): pages, per-request routes and the root files are marked; lazy and legacy chunks are not', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-next-'));
    write('BUILD_ID', 'x');
    write('server/app/tasks/xnli.html', PAGE_HTML);
    write('server/app/embed/[view]/[subject]/page_client-reference-manifest.js', MANIFEST_JS);
    write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/dd4.js'] }));
    for (const c of CHUNKS) write(`static/chunks/${c}.js`, `/*${c}*/`);
    expect(addCompileHints(dir).map((f) => path.basename(f))).toEqual(['aa1.js', 'bb2.js', 'cc3.js', 'dd4.js']);
    for (const c of ['aa1', 'bb2', 'cc3', 'dd4']) expect(read(`static/chunks/${c}.js`)).toBe(`${COMPILE_HINT}/*${c}*/`);
    expect(read('static/chunks/lazy.js')).toBe('/*lazy*/');
    expect(read('static/chunks/poly.js')).toBe('/*poly*/');
    // A second run (e.g. `npm start` after `npm run build`) changes nothing.
    addCompileHints(dir);
    expect(read('static/chunks/aa1.js')).toBe(`${COMPILE_HINT}/*aa1*/`);
  });

  it('static export (out): the scripts its HTML pages load', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-out-'));
    write('tasks/xnli/index.html', PAGE_HTML);
    for (const c of CHUNKS) write(`_next/static/chunks/${c}.js`, `/*${c}*/`);
    expect(addCompileHints(dir).map((f) => path.basename(f))).toEqual(['aa1.js', 'bb2.js']);
    expect(read('_next/static/chunks/bb2.js')).toBe(`${COMPILE_HINT}/*bb2*/`);
    expect(read('_next/static/chunks/cc3.js')).toBe('/*cc3*/');
  });
});
