'use client';

import { useCallback, useState, useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/**
 * `serverValue` on the server and while hydrating (so the HTML matches), the browser's value
 * right after. For values that never change while the page is open.
 */
export function useBrowserValue<T>(browserValue: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscribe, browserValue, () => serverValue);
}

/** Spread on the element whose server-rendered content should be kept as it is. */
export const KEEP_SERVER_HTML = { dangerouslySetInnerHTML: { __html: '' }, suppressHydrationWarning: true } as const;

/**
 * Whether this component may keep the HTML the server sent instead of hydrating it.
 * Tables and static charts are most of a chart page's elements, and hydrating them was most
 * of its start-up work on a phone, for content that is already right. While `kept`, render
 * the outer element with KEEP_SERVER_HTML: React then neither hydrates nor replaces its
 * content. It is released for good when `content` (what the HTML shows) changes, or when
 * `release()` is called; React draws the content from then on.
 * Never kept on the server (it renders the content) or in a component mounted after
 * hydration (nothing to keep).
 */
export function useServerHtml(content: unknown): { kept: boolean; release: () => void } {
  const hydrating = useBrowserValue(() => false, true);
  const [kept, setKept] = useState(hydrating);
  const [hydratedWith] = useState(content);
  const release = useCallback(() => setKept(false), []);
  if (kept && content !== hydratedWith) setKept(false);
  return { kept: kept && content === hydratedWith && typeof window !== 'undefined', release };
}
