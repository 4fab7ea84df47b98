'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import type { ChartCell } from '@/lib/chart/data';
export { describeCell, describeChartCell } from './describe-cell';
import { COVERAGE_LABEL } from '@/lib/coverage/coverage';

function subscribeReducedMotion(cb: () => void) {
  const q = window.matchMedia('(prefers-reduced-motion: reduce)');
  q.addEventListener('change', cb);
  return () => q.removeEventListener('change', cb);
}

/** Charts animate only for readers who have not asked for reduced motion. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReducedMotion, () => window.matchMedia('(prefers-reduced-motion: reduce)').matches, () => true);
}

export function coverageSuffix(cell: ChartCell | undefined): string {
  return cell?.coverage && cell.coverage !== 'pretraining' ? ` · ${COVERAGE_LABEL[cell.coverage]}` : '';
}

export function TooltipBox({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div style={{ background: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--border)', padding: '0.4rem 0.6rem', fontSize: '0.8rem', maxWidth: 340 }}>
      <strong>{title}</strong>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{children}</ul>
    </div>
  );
}

