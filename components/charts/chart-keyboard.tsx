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
export function onChartKey(e: KeyboardEvent<HTMLElement>, active: string | null, onPick: (category: string) => void, next: RechartsStep) {
  if (e.key === 'Enter' && active) onPick(active);
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && e.target instanceof SVGElement) {
    e.preventDefault();
    step(e.target, e.key === 'ArrowDown' ? next : previousOf(next));
  }
}

/**
 * Home and End go to the first and the last category. Recharts has neither key and no way
 * to set its active category, so they take as many of its steps as there are categories:
 * it stops at either end. (Only the line chart offers them so far.)
 */
export function onChartEndKey(e: KeyboardEvent<HTMLElement>, count: number, next: RechartsStep) {
  if ((e.key !== 'Home' && e.key !== 'End') || !(e.target instanceof SVGElement)) return;
  e.preventDefault();
  for (let i = 0; i < count; i++) step(e.target, e.key === 'End' ? next : previousOf(next));
}

type RechartsStep = 'ArrowLeft' | 'ArrowRight';
const previousOf = (next: RechartsStep): RechartsStep => (next === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft');

/** One of Recharts' own steps, as if the reader had pressed its key on the chart. */
function step(surface: SVGElement, key: RechartsStep) {
  surface.dispatchEvent(new globalThis.KeyboardEvent('keydown', { key, bubbles: true }));
}

/** Keeps the category under the tooltip (pointer or keyboard) in a ref, for Enter. */
export function TrackActiveCategory<T>({ activeRef, categoryOf }: { activeRef: RefObject<string | null>; categoryOf: (point: T) => string }) {
  const points = useActiveTooltipDataPoints<T>();
  useEffect(() => {
    activeRef.current = points?.[0] ? categoryOf(points[0]) : null;
  }, [points, activeRef, categoryOf]);
  return null;
}
