/**
 * A shared link's state on the server. Pages are prerendered with their default view; a
 * request that carries view settings is rewritten (proxy.ts) to the page's twin under
 * /shared/<state>/..., which renders that state and is cached per state (ISR), so the
 * first HTML of a shared link already holds its numbers. The state travels as one path
 * segment (base64url of the sorted query): a segment can be cached, a query cannot.
 */
import { NOT_SETTINGS } from '../url/codec';

export const SHARED_ROOT = '/shared';

/**
 * The view pages that have a twin under app/(site)/shared/[state]/ (":" is one path
 * segment). A new view page adds its pattern here and its twin page.server.tsx
 * (tests/unit/views/shared-state.test.ts checks both ways).
 */
export const SHARED_PAGES = ['/tasks/:dataset', '/languages/:code', '/unseen', '/scaling', '/prompts', '/helm/:project/:group', '/models/:id'] as const;

/**
 * Longer queries are not rewritten (the browser applies them, as on a static host): it bounds
 * what one URL can make the server cache, and the state is a directory name of Next's page
 * cache, which a file system limits to 255 bytes (180 characters are 240 in base64url).
 */
export const MAX_STATE_QUERY = 180;
const MAX_SEGMENT = 100;

function matches(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const got = pathname.replace(/\/$/, '').split('/');
  return want.length === got.length && want.every((w, i) => (w.startsWith(':') ? got[i] !== '' : w === got[i]));
}

export function isSharedPage(pathname: string): boolean {
  return SHARED_PAGES.some((p) => matches(p, pathname));
}

/** The query's view settings in one order (tracking keys such as utm_source are not settings). */
export function canonicalQuery(search: URLSearchParams): string {
  // _rsc: Next's cache-busting key on its own page-data requests.
  const kept = [...search.entries()].filter(([k]) => !NOT_SETTINGS.test(k) && k !== '_rsc');
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return null;
  try {
    const bin = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The state segment of these settings ('' for none). */
export function stateSegment(search: URLSearchParams): string {
  const query = canonicalQuery(search);
  return query ? toBase64Url(query) : '';
}

/**
 * A chart's preview image: prerendered for the default state (also in the static export),
 * rendered once per shared state under `next start`.
 */
export function previewImagePath(view: string, subject: string, own: URLSearchParams): string {
  const state = own.toString() && own.toString().length <= MAX_STATE_QUERY ? stateSegment(own) : '';
  return `/og/${state ? `shared/${state}/` : ''}${view}/${encodeURIComponent(subject)}.png`;
}

/** Where the server renders this request's state, or null: no view settings, not a view page, or too long. */
export function sharedRewrite(pathname: string, search: URLSearchParams): string | null {
  // Each path segment is a directory name in the page cache too; no page of ours has a long one, so a
  // long one is left to the static route (a 404) rather than cached (ENAMETOOLONG, a 500).
  if (!isSharedPage(pathname) || pathname.split('/').some((segment) => segment.length > MAX_SEGMENT)) return null;
  const query = canonicalQuery(search);
  if (!query || query.length > MAX_STATE_QUERY) return null;
  return `${SHARED_ROOT}/${toBase64Url(query)}${pathname.replace(/\/$/, '')}`;
}

/** The state segment back to search params; null when it is not one we wrote. */
export function decodeState(segment: string): URLSearchParams | null {
  const query = fromBase64Url(segment);
  if (query === null || query.length > MAX_STATE_QUERY) return null;
  return new URLSearchParams(query);
}

/** Next's searchParams shape, which crosses from server to browser as plain data. */
export function queryRecord(search: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of search.entries()) (out[k] ??= []).push(v);
  return out;
}

/** oEmbed discovery (<link rel="alternate" type="application/json+oembed">) for a page or embed path with its query; relative, resolved by the consumer. */
export function oembedDiscoveryHref(pathWithQuery: string): string {
  return `/oembed?url=${encodeURIComponent(pathWithQuery)}&format=json`;
}
