import type { NextConfig } from 'next';
import { EMBED_HEADERS, EMBED_SOURCE, NON_EMBED_SOURCE, PAGE_HEADERS } from './lib/site/security-headers';

// `npm run export` builds a static folder (out/) for any static host; headers then come
// from out/_headers (written by scripts/export.mjs), not from the server.
const staticExport = Boolean(process.env.NEXT_PUBLIC_STATIC_EXPORT);

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // *.server.tsx / *.server.ts are routes that need a server (shared links' twin pages, /oembed):
  // routes only under `next start`, plain modules the export ignores.
  pageExtensions: staticExport ? ['tsx', 'ts'] : ['server.tsx', 'server.ts', 'tsx', 'ts'],
  poweredByHeader: false,
  ...(staticExport
    ? { output: 'export', trailingSlash: true, distDir: 'out' }
    : {
        async headers() {
          return [
            { source: NON_EMBED_SOURCE, headers: PAGE_HEADERS },
            { source: EMBED_SOURCE, headers: EMBED_HEADERS },
          ];
        },
      }),
};

export default nextConfig;
