/**
 * oEmbed 1.0 (https://oembed.com): a page or embed URL of this site → a `rich` answer with
 * the iframe snippet, so a CMS, wiki or chat that is given a link can show the chart.
 */
import type { Dataset } from '../data/load';
import { resolveUrl } from '../views/resolve';
import { embedPath } from '../views/routes';
import { previewImagePath } from '../views/shared-state';

export const PROVIDER_NAME = 'Crosslingual results dashboard';
export const DEFAULT_SIZE = { width: 720, height: 560 };
const MIN_SIZE = { width: 200, height: 150 };
const PREVIEW = { width: 1200, height: 630 };

export interface OembedQuery {
  url: string | null;
  format: string | null;
  maxwidth: string | null;
  maxheight: string | null;
}

export type OembedAnswer = { status: 200; body: Record<string, string | number> } | { status: 400 | 404 | 501; body: string };

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function bound(raw: string | null, fallback: number, min: number): number | null {
  if (raw === null) return fallback;
  if (!/^\d{1,6}$/.test(raw)) return null;
  return Math.max(min, Math.min(fallback, Number(raw)));
}

/** origin: this site's origin as the request reached it (the iframe and thumbnail are absolute URLs there). */
export function oembedAnswer(ds: Dataset, q: OembedQuery, origin: string): OembedAnswer {
  if (q.format !== null && q.format !== 'json') return { status: 501, body: `format=${q.format.slice(0, 40)} is not supported; this provider answers json only.` };
  if (!q.url) return { status: 400, body: 'The url parameter is missing: give the address of one of this site’s charts.' };
  let url: URL;
  try {
    url = new URL(q.url, origin);
  } catch {
    return { status: 404, body: 'url is not an address.' };
  }
  if (url.origin !== origin) return { status: 404, body: `${url.origin} is not this site (${origin}).` };
  const view = resolveUrl(ds, url);
  if (!view) return { status: 404, body: `${url.pathname.slice(0, 200)} is not a chart of this site.` };
  const width = bound(q.maxwidth, DEFAULT_SIZE.width, MIN_SIZE.width);
  const height = bound(q.maxheight, DEFAULT_SIZE.height, MIN_SIZE.height);
  if (width === null || height === null) return { status: 400, body: 'maxwidth and maxheight must be whole numbers of pixels.' };
  const src = `${origin}${embedPath(view.view, view.subject, view.own)}`;
  const title = view.data.title;
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      provider_name: PROVIDER_NAME,
      provider_url: `${origin}/`,
      title,
      width,
      height,
      html: `<iframe src="${escapeAttr(src)}" width="${width}" height="${height}" title="${escapeAttr(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
      thumbnail_url: `${origin}${previewImagePath(view.view, view.subject, view.own)}`,
      thumbnail_width: PREVIEW.width,
      thumbnail_height: PREVIEW.height,
    },
  };
}
