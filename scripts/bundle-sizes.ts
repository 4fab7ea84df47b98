/**
 * First-load JavaScript per route (raw and gzip), from the production build's
 * .next/diagnostics/route-bundle-stats.json. Used by `npm run bench` and the byte-budget test.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface RouteBundleSize {
  route: string;
  rawBytes: number;
  gzipBytes: number;
}

export function routeBundleSizes(root = process.cwd()): RouteBundleSize[] {
  const stats: { route: string; firstLoadChunkPaths: string[] }[] = JSON.parse(fs.readFileSync(path.join(root, '.next', 'diagnostics', 'route-bundle-stats.json'), 'utf8'));
  return stats
    .map((r) => {
      let gzip = 0;
      let raw = 0;
      for (const chunk of r.firstLoadChunkPaths) {
        const body = fs.readFileSync(path.join(root, chunk));
        raw += body.length;
        gzip += zlib.gzipSync(body, { level: 9 }).length;
      }
      return { route: r.route, rawBytes: raw, gzipBytes: gzip };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (require.main === module) {
  console.table(routeBundleSizes().map((r) => ({ route: r.route, 'raw KB': (r.rawBytes / 1024).toFixed(1), 'gzip KB': (r.gzipBytes / 1024).toFixed(1) })));
}
