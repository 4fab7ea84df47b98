/** The metrics of BigScience's harness runs, their unit and direction. An unknown metric stops the import. */
import type { Unit } from '../data/units';

export interface BloomEvalMetric {
  unit: Unit;
  lowerIsBetter: boolean;
}

export const BLOOM_EVAL_METRICS: Readonly<Record<string, BloomEvalMetric>> = {
  acc: { unit: 'fraction', lowerIsBetter: false },
  acc_norm: { unit: 'fraction', lowerIsBetter: false },
  f1: { unit: 'fraction', lowerIsBetter: false },
  em: { unit: 'fraction', lowerIsBetter: false },
  parity: { unit: 'fraction', lowerIsBetter: false },
  'pass@1': { unit: 'fraction', lowerIsBetter: false },
  'pass@10': { unit: 'fraction', lowerIsBetter: false },
  'pass@100': { unit: 'fraction', lowerIsBetter: false },
  byte_perplexity: { unit: 'byte-perplexity', lowerIsBetter: true },
  bits_per_byte: { unit: 'bits-per-byte', lowerIsBetter: true },
  word_perplexity: { unit: 'word-perplexity', lowerIsBetter: true },
  ppl: { unit: 'perplexity', lowerIsBetter: true },
};

export function bloomEvalMetric(metric: string, where: string): BloomEvalMetric {
  const m = BLOOM_EVAL_METRICS[metric];
  if (!m) throw new Error(`${where}: metric "${metric}" has no unit in lib/bloom-eval/metrics.ts`);
  return m;
}
