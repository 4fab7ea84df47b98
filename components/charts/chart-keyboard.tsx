'use client';

import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { useActiveTooltipDataPoints } from 'recharts';

// Only the Recharts charts import this module (they load on demand), never ChartFrame.

/**
 * Keyboard readers move the tooltip with the arrow keys (Recharts' accessibility layer) and
 * Enter keeps the active category open, as a click does. Recharts steps through categories
 * with Left and Right; on charts whose categories run downwards, Down and Up get the same
 * meaning, so the keys follow the layout. `next` is the key Recharts uses for the next one.
 */
export function onChartKey(e: KeyboardEvent<HTMLElement>, active: string | null, onPick: (category: string) => void, next: 'ArrowLeft' | 'ArrowRight') {
  if (e.key === 'Enter' && active) onPick(active);
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && e.target instanceof SVGElement) {
    e.preventDefault();
    const previous = next === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    e.target.dispatchEvent(new globalThis.KeyboardEvent('keydown', { key: e.key === 'ArrowDown' ? next : previous, bubbles: true }));
  }
}

/** Keeps the category under the tooltip (pointer or keyboard) in a ref, for Enter. */
export function TrackActiveCategory<T>({ activeRef, categoryOf }: { activeRef: RefObject<string | null>; categoryOf: (point: T) => string }) {
  const points = useActiveTooltipDataPoints<T>();
  useEffect(() => {
    activeRef.current = points?.[0] ? categoryOf(points[0]) : null;
  }, [points, activeRef, categoryOf]);
  return null;
}
