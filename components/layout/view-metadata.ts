import type { Metadata } from 'next';
import { getDataset } from '@/lib/data/dataset';
import { PROVIDER_NAME } from '@/lib/site/oembed';
import { scopedParams } from '@/lib/url/scope';
import { resolveView, viewAtPage } from '@/lib/views/resolve';
import { decodeState, previewImagePath } from '@/lib/views/shared-state';

/**
 * A view page's link preview (Open Graph and X card): the main chart's caption in the
 * page's state, its sources, and its preview image. `state`: a shared link's state segment.
 * Absolute URLs come from metadataBase (SITE_URL, app/layout.tsx).
 */
export function withViewMetadata(base: Metadata, pathname: string, state?: string): Metadata {
  const ds = getDataset();
  const address = viewAtPage(ds, pathname);
  const query = state ? decodeState(state) : new URLSearchParams();
  if (!address || !query) return base;
  const { data, own } = resolveView(ds, address, scopedParams(query, ''));
  const sources = data.sources.map((s) => s.title).join('; ');
  const description = `${data.title}. ${data.categories.length} ${data.categoryLabel.toLowerCase() || 'rows'}, ${data.series.length} series${sources ? `; published numbers from ${sources}` : ''}.`;
  const image = { url: previewImagePath(address.view, address.subject, own), width: 1200, height: 630, alt: `Chart: ${data.title}` };
  return {
    ...base,
    description,
    openGraph: { type: 'website', siteName: PROVIDER_NAME, title: data.title, description, images: [image] },
    twitter: { card: 'summary_large_image', title: data.title, description, images: [image.url] },
  };
}
