import type React from 'react';
import type { CoverageLevel } from '@/lib/coverage/coverage';

/** The matrix's per-cell coverage marks: a symbol, never colour alone, each explained in the legend. */
export const COVERAGE_MARK: Record<CoverageLevel, string> = {
  pretraining: '●',
  'finetuning-only': '◐',
  unseen: '○',
  unknown: '?',
};

/** How strong the colour scale gets: numbers stay readable on the best cell in both themes. */
export const MAX_TINT = 55;

export const tintOf = (shade: number | null) => (shade === null ? undefined : `color-mix(in srgb, var(--matrix-hi) ${Math.round(shade * MAX_TINT)}%, var(--bg))`);

/** The same tint as a custom property for a matrix cell (matrix.css mixes it): a short attribute on hundreds of cells. */
export const tintVar = (shade: number | null) => (shade === null ? undefined : ({ '--t': `${Math.round(shade * MAX_TINT)}%` }) as React.CSSProperties);
