import fs from 'node:fs';
import path from 'node:path';
import type { BenchmarkRow, ImportResult } from '@/lib/importers';

const ROOT = path.join(process.cwd(), 'tests', 'fixtures');

/** A fixture's text, as the browser would hand it over (UTF-8). */
export function fixture(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

export function fixtureBytes(rel: string): Buffer {
  return fs.readFileSync(path.join(ROOT, rel));
}

/** Every fixture file (relative path), for the robustness properties. */
export function allFixtures(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (e.name !== 'README.md') out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

export function benchmarkRows(result: ImportResult): BenchmarkRow[] {
  return result.rows.filter((r): r is BenchmarkRow => r.suite === 'benchmark');
}

export const LM = {
  bloomXnli: 'lm-eval-harness/EleutherAI__lm-evaluation-harness__bloom-7b1_xnli_0-shot.json',
  xglmStory: 'lm-eval-harness/EleutherAI__lm-evaluation-harness__xglm-7.5B_xstory_cloze_0-shot.json',
  polylmMt: 'lm-eval-harness/juletx__self-translate__polylm-13b_xnli-mt_0-shot.json',
  latxa: 'lm-eval-harness/hitz-zentroa__latxa__latxa-70b-v1.1_belebele_eus_Latn_5-shot.json',
  xnliEuNative: 'lm-eval-harness/hitz-zentroa__xnli-eu__xglm-7.5B_xnli_eu_native_0-shot.json',
  truthfulqa: 'lm-eval-harness/hitz-zentroa__truthfulqa-multi__bloomz-7b1_gen_ca.json',
  gpt4o: 'lm-eval-harness/hitz-zentroa__latxa-instruct__gpt-4o-2024-11-20_belebele_eus_Latn.json',
} as const;

export const HF = {
  bloomz: 'hf-model-index/bigscience__bloomz-560m.model-index.yaml',
  comodoro: 'hf-model-index/comodoro__wav2vec2-xls-r-300m-west-slavic-cv8.yaml',
  opus: 'hf-model-index/Helsinki-NLP__opus-mt-tc-base-gmw-gmw.yaml',
} as const;

export const HELM = {
  safety: 'helm/groups/safety_scenarios.json',
  bbq: 'helm/groups/bbq.json',
  efficiency: 'helm/groups/json/safety_scenarios_efficiency.json',
  harmBench: 'helm/groups/json/harm_bench_harm_bench_.json',
  index: 'helm/groups.json',
  summary: 'helm/summary.json',
} as const;
