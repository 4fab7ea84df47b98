import { mergeScoped } from '@/lib/url/scope';

/**
 * Writes one chart's state to the URL without a navigation, once the change is painted.
 * Next keeps useSearchParams in sync with history.replaceState, and that (the browser's
 * URL update and Next's router update) cost about as much as redrawing the chart: done
 * first, the reader waited for both. The view shows its local state meanwhile, so the link
 * is a frame behind what is on screen, never different from it for longer.
 * The state argument must be null: Next ignores calls that carry its own internal history state.
 * Other charts' keys on the page (other prefixes) are kept.
 */
export function replaceSearchAfterPaint(params: URLSearchParams, prefix = ''): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const merged = mergeScoped(new URLSearchParams(window.location.search), params, prefix);
      const qs = merged.toString();
      const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
      window.history.replaceState(null, '', url);
    }),
  );
}
