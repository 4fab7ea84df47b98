/**
 * Units and scales of published numbers. A chart axis carries exactly one unit:
 * numbers in different units are never drawn against each other.
 */
export const UNITS = [
  'percent',
  'fraction',
  'score-100',
  'seconds',
  'count',
  'bits-per-byte',
  'ratio',
  'rating-1-5',
  'score',
  'unknown-scale',
  'byte-perplexity',
  'word-perplexity',
  'perplexity',
  'flops',
  'bytes',
] as const;

export type Unit = (typeof UNITS)[number];

export interface UnitInfo {
  /** Short label for axes and table headers. */
  label: string;
  /** What the number means, in a sentence, for "how to read this" notes. */
  description: string;
}

export const UNIT_INFO: Record<Unit, UnitInfo> = {
  percent: { label: '%', description: 'accuracy in percent (0–100)' },
  fraction: { label: 'fraction (0–1)', description: 'a fraction between 0 and 1 as published (not converted to percent)' },
  'score-100': { label: 'score (0–100)', description: 'a score on a 0–100 scale (sacrebleu scale)' },
  seconds: { label: 'seconds', description: 'time in seconds' },
  count: { label: 'count', description: 'a count (not a score)' },
  'bits-per-byte': { label: 'bits per byte', description: 'bits per byte (language modelling; lower is better)' },
  ratio: { label: 'ratio', description: 'an unbounded ratio' },
  'rating-1-5': { label: 'rating (1–5)', description: 'a human rating on a 1–5 scale' },
  score: { label: 'score', description: 'a score without a fixed range (can be negative)' },
  'unknown-scale': { label: 'scale unknown', description: 'the scale of this number is ambiguous in the source' },
  'byte-perplexity': { label: 'byte perplexity', description: 'perplexity per UTF-8 byte (language modelling; lower is better, 1 is perfect)' },
  'word-perplexity': { label: 'word perplexity', description: 'perplexity per word (language modelling; lower is better, unbounded)' },
  perplexity: { label: 'perplexity', description: 'perplexity per token (lower is better, unbounded)' },
  flops: { label: 'FLOPs', description: 'floating-point operations (a cost; lower is better)' },
  bytes: { label: 'bytes', description: 'disk space in bytes, decimal units as printed (a cost; lower is better)' },
};

/**
 * HELM metric short names → unit. HELM publishes most scores as fractions in [0,1];
 * the exceptions are listed explicitly. An unlisted metric is a fraction only if the
 * import script sees every value inside [0,1] (checked there), so a new metric can
 * never be silently mislabelled.
 */
const HELM_METRIC_UNITS: Record<string, Unit> = {
  '# eval': 'count',
  '# train': 'count',
  '# prompt tokens': 'count',
  '# output tokens': 'count',
  '# trials': 'count',
  'Observed inference time (s)': 'seconds',
  'Denoised inference time (s)': 'seconds',
  BPB: 'bits-per-byte',
  'ChrF++': 'score-100',
  'Self-BLEU': 'score-100',
  LCS: 'unknown-scale',
  Density: 'ratio',
  Compression: 'ratio',
  QAFactEval: 'score',
  SummaC: 'score',
  'BERTScore (F1)': 'score',
  'HumanEval-coherence': 'rating-1-5',
  'HumanEval-relevance': 'rating-1-5',
};

export function helmMetricUnit(metric: string): Unit {
  return HELM_METRIC_UNITS[metric] ?? 'fraction';
}
