import { mergeScoped } from '@/lib/url-scope';

/**
 * Writes one chart's state to the URL without a navigation: Next keeps useSearchParams
 * in sync with history.replaceState, so the chart updates in the same frame. The state
 * argument must be null: Next ignores calls that carry its own internal history state.
 * Other charts' keys on the page (other prefixes) are kept.
 */
export function replaceSearch(params: URLSearchParams, prefix = ''): void {
  const merged = mergeScoped(new URLSearchParams(window.location.search), params, prefix);
  const qs = merged.toString();
  const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
  window.history.replaceState(null, '', url);
}
