/**
 * Writes view state to the URL without a navigation: Next keeps useSearchParams in sync
 * with history.replaceState, so the chart updates in the same frame. The state argument
 * must be null: Next ignores calls that carry its own internal history state.
 */
export function replaceSearch(params: URLSearchParams): void {
  const qs = params.toString();
  const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
  window.history.replaceState(null, '', url);
}
