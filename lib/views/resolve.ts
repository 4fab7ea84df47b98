/**
 * A view in a given state, resolved on the server without React: for link previews,
 * oEmbed answers and preview images. The same ViewDef decode, build and encode the
 * pages use, so a preview never says something the page does not.
 */
import type { ChartData } from '../chart/data';
import type { Dataset } from '../data/load';
import type { ParamSource } from '../url/params';
import { scopedParams } from '../url/scope';
import { isViewId, viewDef, VIEWS, type ViewId } from './registry';
import { VIEW_ROUTES } from './routes';
import { isViewSubject, subjectOf, viewSlice, viewSubjects } from './slices';

/** A chart as addressed by embed paths: the view and its path subject ('all' for views without one). */
export interface ViewAddress {
  view: ViewId;
  subject: string;
}

export interface ResolvedView extends ViewAddress {
  data: ChartData;
  /** The state's own params (only what differs from the defaults). */
  own: URLSearchParams;
  problems: string[];
}

export function resolveView(ds: Dataset, { view, subject }: ViewAddress, params: ParamSource): ResolvedView {
  const def = viewDef(view);
  const slice = def.unpack(viewSlice(ds, view, subject));
  const ctx = def.context(subjectOf(view, subject), slice);
  const { spec, problems } = def.decode(params, ctx);
  return { view, subject, data: def.build(spec, slice, ctx), own: def.encode(spec, ctx), problems };
}

/** The main chart (the one without a key prefix) of a site page, or null when the path is no view page. */
export function viewAtPage(ds: Dataset, pathname: string): ViewAddress | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  for (const view of Object.keys(VIEWS) as ViewId[]) {
    const route = VIEW_ROUTES[view];
    if (route.prefix) continue;
    for (const subject of viewSubjects(ds, view)) if (route.page(subjectOf(view, subject)) === path) return { view, subject };
  }
  return null;
}

/** /embed/<view>/<subject> → its address, or null. */
export function viewAtEmbed(ds: Dataset, pathname: string): ViewAddress | null {
  const m = /^\/embed\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  if (!m || !isViewId(m[1])) return null;
  let subject: string;
  try {
    subject = decodeURIComponent(m[2]);
  } catch {
    return null;
  }
  return isViewSubject(ds, m[1], subject) ? { view: m[1], subject } : null;
}

/** A page URL's or embed URL's chart in the URL's state (the main chart's own keys). */
export function resolveUrl(ds: Dataset, url: URL): ResolvedView | null {
  const embed = viewAtEmbed(ds, url.pathname);
  const address = embed ?? viewAtPage(ds, url.pathname);
  if (!address) return null;
  return resolveView(ds, address, embed ? url.searchParams : scopedParams(url.searchParams, ''));
}
