/**
 * The house rules of lib/, checked on the source: domain folders (a handful of modules at
 * the root at most), imports that go one way from higher layers to lower ones, and no React.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.join(process.cwd(), 'lib');

/** Lower layers first. A folder imports only folders of a lower layer (never a peer's, never a higher one's). */
const LAYERS: Record<string, number> = {
  data: 0,
  url: 0,
  coverage: 1,
  importers: 1,
  'data-package': 1,
  chart: 2,
  yours: 3,
  bloomz: 4,
  'bloom-eval': 4,
  helm: 4,
  languages: 5,
  views: 5,
  models: 5,
  site: 6,
};

function modules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return modules(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every module specifier a file imports (static, type-only and dynamic). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** The lib folder an import lands in, or null when it leaves lib/. */
function folderOf(fromFile: string, spec: string): string | null {
  const target = spec.startsWith('@/') ? path.join(process.cwd(), spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(fromFile), spec) : null;
  if (!target) return null;
  const rel = path.relative(LIB, target);
  if (rel.startsWith('..')) return null;
  return rel.split(path.sep)[0];
}

describe('lib/ layout', () => {
  it('keeps at most 12 modules at its root, and every folder is a known layer with a README saying what lives there', () => {
    const root = fs.readdirSync(LIB, { withFileTypes: true });
    expect(root.filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).length).toBeLessThanOrEqual(12);
    const folders = root.filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
    for (const f of folders) {
      const readme = fs.readFileSync(path.join(LIB, f, 'README.md'), 'utf8').trim();
      expect(readme.split('\n').length, `lib/${f}/README.md`).toBeGreaterThanOrEqual(2);
    }
  });

  it('imports go one way: from a higher layer to a lower one, never between peers or upwards', () => {
    const wrong: string[] = [];
    for (const file of modules(LIB)) {
      const own = path.relative(LIB, file).split(path.sep)[0];
      for (const spec of importsOf(file)) {
        const to = folderOf(file, spec);
        if (to === null || to === own) continue;
        if (!(to in LAYERS) || !(LAYERS[own] > LAYERS[to])) wrong.push(`${path.relative(process.cwd(), file)} imports ${spec} (${own} → ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is pure TypeScript: no React, no components, no routes', () => {
    const wrong: string[] = [];
    for (const file of modules(LIB)) {
      for (const spec of importsOf(file)) {
        if (/^(react|react-dom|next\/|recharts)/.test(spec) || /(^|\/)(components|app)\//.test(spec)) wrong.push(`${path.relative(process.cwd(), file)} imports ${spec}`);
      }
      expect(file.endsWith('.tsx'), file).toBe(false);
    }
    expect(wrong).toEqual([]);
  });

  it('the folder check itself sees a violation (an upward import)', () => {
    // The test above is only worth something if folderOf resolves both import styles.
    expect(folderOf(path.join(LIB, 'data', 'load.ts'), '../views/registry')).toBe('views');
    expect(folderOf(path.join(LIB, 'data', 'load.ts'), '@/lib/helm/chart')).toBe('helm');
    expect(folderOf(path.join(LIB, 'data', 'load.ts'), 'papaparse')).toBeNull();
  });
});
