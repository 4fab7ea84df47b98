/**
 * Two models of the paper side by side: every (dataset, subset, language) both have a number
 * for, with the same prompt set, statistic and unit. Δ = a − b is computed here (to the
 * published precision of the two numbers), never published; "better" follows lower_is_better.
 */
import { configLabel, datasetInfo, PROMPT_CHOICES, STAT_CHOICES, type PromptChoice, type StatChoice } from '../bloomz/catalog';
import type { CoverageLevel } from '../coverage/coverage';
import { compareText } from '../chart/sort';
import { delta } from '../chart/delta';

export { delta };
import type { Unit } from '../data/units';
import type { SliceRow } from '../bloomz/slice';
import { readChoice, type Decoded } from '../url/codec';
import type { ParamSource } from '../url/params';

export interface Side {
  published: string;
  value: number;
  source: string;
  coverage: CoverageLevel | null;
}

export interface H2HRow {
  key: string;
  dataset: string;
  language: string;
  label: string;
  unit: Unit;
  lowerIsBetter: boolean;
  a: Side;
  b: Side;
  /** a − b, computed, at the larger number of decimals of the two published values. */
  delta: number;
  deltaText: string;
  better: 'a' | 'b' | 'tie';
}

export interface H2HSpec {
  a: string;
  b: string;
  prompt: PromptChoice;
  stat: StatChoice;
}

export const H2H_PROMPTS = ['EN', 'MT', 'HT'] as const satisfies readonly PromptChoice[];
export const H2H_STATS = ['median', 'max'] as const satisfies readonly StatChoice[];
export const H2H_DEFAULT = { a: 'bloomz', b: 'mt0-xxl', prompt: 'EN', stat: 'median' } as const;

/** a and b from the URL, each checked on its own: a wrong one is named and replaced, the right one kept. */
export function decodeH2H(params: ParamSource, models: readonly string[]): Decoded<H2HSpec> {
  const problems: string[] = [];
  const fallbackA = models.includes(H2H_DEFAULT.a) ? H2H_DEFAULT.a : models[0];
  const fallbackB = models.includes(H2H_DEFAULT.b) ? H2H_DEFAULT.b : models[1];
  const a = readChoice(params, 'a', models, fallbackA, problems);
  const b = readChoice(params, 'b', models, a === fallbackB ? fallbackA : fallbackB, problems);
  const prompt = readChoice(params, 'prompt', H2H_PROMPTS, H2H_DEFAULT.prompt, problems);
  const stat = readChoice(params, 'stat', H2H_STATS, H2H_DEFAULT.stat, problems);
  return { spec: { a, b, prompt, stat }, problems: problems.map((p) => p.replace(/ is not one of .*; showing /, ' is not a model id of the paper; showing ')) };
}

export function h2hQuery(spec: H2HSpec): string {
  const q = new URLSearchParams({ a: spec.a, b: spec.b });
  if (spec.prompt !== H2H_DEFAULT.prompt) q.set('prompt', spec.prompt);
  if (spec.stat !== H2H_DEFAULT.stat) q.set('stat', spec.stat);
  return q.toString();
}

/** Rows both models have, sorted by Δ (a's best first), and how often a is better. */
export function headToHead(
  rows: readonly SliceRow[],
  spec: H2HSpec,
  languageName: (code: string) => string,
  coverage: (model: string, language: string) => CoverageLevel | null,
  lowerIsBetter: (metric: string) => boolean,
): { rows: H2HRow[]; aBetter: number; bBetter: number } {
  const promptSet = PROMPT_CHOICES[spec.prompt].promptSet;
  const metric = STAT_CHOICES[spec.stat].metric;
  const keyOf = (r: SliceRow) => `${r.dataset}|${r.config}|${r.language}|${r.unit}`;
  const mine = (model: string) => {
    const out = new Map<string, SliceRow>();
    for (const r of rows) {
      if (r.model !== model || r.promptSet !== promptSet || r.metric !== metric || r.language === 'multi') continue;
      const had = out.get(keyOf(r));
      // The paper's own table before a model card, as everywhere on the site.
      if (!had || (!had.source.startsWith('xmtf_') && r.source.startsWith('xmtf_'))) out.set(keyOf(r), r);
    }
    return out;
  };
  const aRows = mine(spec.a);
  const bRows = mine(spec.b);
  // ANLI r1–r3, SuperGLUE CB/RTE/COPA: subsets of one language are named; a multilingual dataset's configs are its languages.
  const languages = new Map<string, Set<string>>();
  const configs = new Map<string, Set<string>>();
  for (const r of aRows.values()) {
    languages.set(r.dataset, (languages.get(r.dataset) ?? new Set()).add(r.language));
    configs.set(r.dataset, (configs.get(r.dataset) ?? new Set()).add(r.config));
  }
  const out: H2HRow[] = [];
  for (const [key, ra] of aRows) {
    const rb = bRows.get(key);
    if (!rb) continue;
    const d = delta(ra.value, rb.value);
    const lower = lowerIsBetter(ra.metric);
    const better = d.value === 0 ? 'tie' : d.value > 0 !== lower ? 'a' : 'b';
    const subset = (languages.get(ra.dataset)?.size ?? 0) <= 1 && (configs.get(ra.dataset)?.size ?? 0) > 1 ? ` ${configLabel(ra.dataset, ra.config)}` : '';
    out.push({
      key,
      dataset: ra.dataset,
      language: ra.language,
      label: `${datasetInfo(ra.dataset).name.replace(/ \([^)]*\)$/, '')}${subset} · ${languageName(ra.language)}`,
      unit: ra.unit,
      lowerIsBetter: lower,
      a: { published: ra.value, value: Number(ra.value), source: ra.source, coverage: coverage(spec.a, ra.language) },
      b: { published: rb.value, value: Number(rb.value), source: rb.source, coverage: coverage(spec.b, rb.language) },
      delta: d.value,
      deltaText: d.text,
      better,
    });
  }
  // a's advantage first, whichever direction is better for the metric.
  const advantage = (r: H2HRow) => (r.lowerIsBetter ? -r.delta : r.delta);
  out.sort((x, y) => advantage(y) - advantage(x) || compareText(x.label, y.label));
  return { rows: out, aBetter: out.filter((r) => r.better === 'a').length, bBetter: out.filter((r) => r.better === 'b').length };
}
