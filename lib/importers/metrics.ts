/**
 * What a metric name says about its numbers: unit, direction and the values it can take.
 * Only names whose scale is fixed by the tool that writes them are listed; for any other
 * name the unit is 'unknown-scale' and the direction null, and the importer says so.
 */
import type { Unit } from '../data/units';

export interface MetricFacts {
  unit: Unit;
  lowerIsBetter: boolean;
  /** Values outside this range cannot be this metric on this scale. */
  range: readonly [number, number] | null;
}

const FRACTION: MetricFacts = { unit: 'fraction', lowerIsBetter: false, range: [0, 1] };
const SACREBLEU: MetricFacts = { unit: 'score-100', lowerIsBetter: false, range: [0, 100] };
const SIGNED: MetricFacts = { unit: 'score', lowerIsBetter: false, range: null };

/**
 * lm-evaluation-harness metrics (the metric part of `acc,none`). Accuracy-like metrics
 * are means of 0/1 outcomes, so fractions; the BLEU/ROUGE `_max` metrics of TruthfulQA
 * generation are sacrebleu/rouge scores on 0–100 and `_diff` their signed differences.
 * `f1` is absent on purpose: it is 0–1 for some tasks and 0–100 for SQuAD.
 */
const LM_EVAL_METRICS: Record<string, MetricFacts> = {
  acc: FRACTION,
  acc_norm: FRACTION,
  acc_mutual_info: FRACTION,
  exact_match: FRACTION,
  em: FRACTION,
  mc1: FRACTION,
  mc2: FRACTION,
  bleu_acc: FRACTION,
  rouge1_acc: FRACTION,
  rouge2_acc: FRACTION,
  rougeL_acc: FRACTION,
  bleurt_acc: FRACTION,
  brier_score: { unit: 'fraction', lowerIsBetter: true, range: [0, 1] },
  bleu_max: SACREBLEU,
  rouge1_max: SACREBLEU,
  rouge2_max: SACREBLEU,
  rougeL_max: SACREBLEU,
  bleu: SACREBLEU,
  chrf: SACREBLEU,
  ter: { unit: 'score', lowerIsBetter: true, range: [0, Infinity] },
  bleu_diff: SIGNED,
  rouge1_diff: SIGNED,
  rouge2_diff: SIGNED,
  rougeL_diff: SIGNED,
  bleurt_max: SIGNED,
  bleurt_diff: SIGNED,
  mcc: { unit: 'score', lowerIsBetter: false, range: [-1, 1] },
  perplexity: { unit: 'ratio', lowerIsBetter: true, range: [0, Infinity] },
  word_perplexity: { unit: 'ratio', lowerIsBetter: true, range: [0, Infinity] },
  byte_perplexity: { unit: 'ratio', lowerIsBetter: true, range: [0, Infinity] },
  bits_per_byte: { unit: 'bits-per-byte', lowerIsBetter: true, range: [0, Infinity] },
};

export function lmEvalMetricFacts(metric: string): MetricFacts | null {
  return Object.hasOwn(LM_EVAL_METRICS, metric) ? LM_EVAL_METRICS[metric] : null;
}

/** `Accuracy`, `exact match`, `Pass@1` → `accuracy`, `exact_match`, `pass@1`. */
export function normaliseMetricName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Metrics that model cards and users write in several scales (0–1 or percent). */
export type MetricKind = 'rate' | 'error-rate' | 'sacrebleu' | 'other';

const RATES = new Set(['accuracy', 'acc', 'acc_norm', 'exact_match', 'em', 'f1', 'macro_f1', 'micro_f1', 'precision', 'recall', 'mc1', 'mc2']);
const ERROR_RATES = new Set(['wer', 'cer', 'error_rate']);
const SACREBLEU_NAMES = new Set(['bleu', 'sacrebleu', 'chrf', 'chrf++', 'spbleu']);

export function metricKind(name: string): MetricKind {
  const n = normaliseMetricName(name);
  if (RATES.has(n) || /^pass@\d+$/.test(n)) return 'rate';
  if (ERROR_RATES.has(n)) return 'error-rate';
  if (SACREBLEU_NAMES.has(n)) return 'sacrebleu';
  return 'other';
}

const LOWER_IS_BETTER = new Set(['wer', 'cer', 'ter', 'error_rate', 'loss', 'perplexity', 'word_perplexity', 'byte_perplexity', 'bits_per_byte', 'brier_score', 'ece']);

/** Direction from the name alone; null when the name does not tell. */
export function lowerIsBetterOf(name: string): boolean | null {
  const n = normaliseMetricName(name);
  const facts = lmEvalMetricFacts(name) ?? lmEvalMetricFacts(n);
  if (facts) return facts.lowerIsBetter;
  if (LOWER_IS_BETTER.has(n)) return true;
  const kind = metricKind(n);
  if (kind === 'error-rate') return true;
  return kind === 'other' ? null : false;
}
