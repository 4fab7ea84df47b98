/**
 * Response headers: a Content-Security-Policy the app satisfies, and the framing rule:
 * embeds may be framed by any site, every other page by none. Used by next.config.ts
 * and written as `_headers` into the static export for hosts that read that file.
 */

// Next's App Router inlines its RSC payload in <script> tags, and static pages cannot
// carry per-request nonces: scripts need 'unsafe-inline'. Styles: React style attributes.
function csp(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const COMMON = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

export const PAGE_HEADERS = [...COMMON, { key: 'Content-Security-Policy', value: csp("'none'") }, { key: 'X-Frame-Options', value: 'DENY' }];
export const EMBED_HEADERS = [...COMMON, { key: 'Content-Security-Policy', value: csp('*') }];

/** path-to-regexp sources: every path except /embed/..., and /embed/... */
export const NON_EMBED_SOURCE = '/((?!embed/).*)';
export const EMBED_SOURCE = '/embed/:path*';

/** The same rules in the `_headers` format of static hosts (Netlify, Cloudflare Pages). */
export function staticHostHeadersFile(): string {
  const block = (path: string, headers: { key: string; value: string }[]) => [path, ...headers.map((h) => `  ${h.key}: ${h.value}`)].join('\n');
  return `${block('/*', PAGE_HEADERS)}\n\n${block('/embed/*', EMBED_HEADERS)}\n  ! X-Frame-Options\n`;
}
