/**
 * The aggregation behind the scaling view: one model's published numbers on one dataset,
 * averaged separately over the languages it saw in training and those it never
 * intentionally saw. Plain arithmetic mean; languages without a number are left out.
 */
import type { CoverageLevel } from './coverage';

export interface LanguageValue {
  language: string;
  value: number;
}

export interface Mean {
  mean: number;
  languages: string[];
}

export interface SeenUnseenMeans {
  seen: Mean | null;
  unseen: Mean | null;
  /** Languages whose coverage is unknown for this model: in neither mean. */
  unknown: string[];
}

function meanOf(values: LanguageValue[]): Mean | null {
  if (!values.length) return null;
  return { mean: values.reduce((sum, v) => sum + v.value, 0) / values.length, languages: values.map((v) => v.language) };
}

export function seenUnseenMeans(values: readonly LanguageValue[], coverage: (language: string) => CoverageLevel | null): SeenUnseenMeans {
  const seen: LanguageValue[] = [];
  const unseen: LanguageValue[] = [];
  const unknown: string[] = [];
  for (const v of values) {
    const level = coverage(v.language);
    if (level === 'pretraining' || level === 'finetuning-only') seen.push(v);
    else if (level === 'unseen') unseen.push(v);
    else unknown.push(v.language);
  }
  return { seen: meanOf(seen), unseen: meanOf(unseen), unknown };
}

export const SCALING_METHOD =
  'arithmetic mean of the model’s published per-language values on the dataset, taken separately over the languages in its pretraining or finetuning data (seen) and over those in neither (unseen); languages without a published number, or whose coverage is unknown, are left out';
