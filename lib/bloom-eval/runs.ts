/**
 * The runs of BigScience's evaluation (folders of evaluation/results/tr11/) and the
 * dashboard models they are. BLOOM's small models were trained under other names and
 * renamed at release counting embedding parameters: tr11c-2b5 is BLOOM-3B, tr11b-1b3 BLOOM-1.7B.
 */
export interface BloomEvalRun {
  folder: string;
  /** models.csv id. */
  model: string;
  label: string;
  note: string;
  hasHarness: boolean;
}

export const BLOOM_EVAL_RUNS: readonly BloomEvalRun[] = [
  { folder: 'bloom', model: 'bloom', label: 'BLOOM-176B', note: 'bigscience/bloom', hasHarness: true },
  { folder: 'bloom2b5', model: 'bloom-3b', label: 'BLOOM-3B', note: 'folder bloom2b5: trained as "tr11c-2b5" (2.5B parameters without embeddings), released as bigscience/bloom-3b', hasHarness: true },
  { folder: 'bloom1b3', model: 'bloom-1b7', label: 'BLOOM-1.7B', note: 'folder bloom1b3: trained as "tr11b-1b3" (1.3B parameters without embeddings), released as bigscience/bloom-1b7', hasHarness: true },
  { folder: 'bloom350m', model: 'bloom-560m', label: 'BLOOM-560M', note: 'folder bloom350m: released as bigscience/bloom-560m (560M parameters counting embeddings); HumanEval only', hasHarness: false },
  { folder: 'opt', model: 'opt-175b', label: 'OPT-175B', note: 'facebook/opt-175b, evaluated by BigScience with the same harness (the model card marks it OPT-175B*)', hasHarness: true },
];

export const HUMANEVAL_TEMPERATURES = ['02', '06', '08'] as const;

/** The two runs with a published table of medians, and the models of its value columns (in order). */
export const MDTABLE_COLUMNS: Readonly<Record<string, Record<string, string>>> = {
  bloom: { 'BLOOM-176B': 'bloom', 'OPT-175B*': 'opt-175b' },
  bloom2b5: { 'BLOOM-2B5': 'bloom-3b' },
};

export const BLOOM_EVAL_COMMIT = '4635fe3564d7eaaa5037e7c3dcca80bc25de41a5';
export const BLOOM_EVAL_REPO = 'bigscience-workshop/bigscience';

export function bloomEvalFileUrl(relPath: string): string {
  return `https://github.com/${BLOOM_EVAL_REPO}/blob/${BLOOM_EVAL_COMMIT}/evaluation/results/tr11/${relPath}`;
}

export function bloomEvalSourceId(relPath: string): string {
  return `bloomeval_${relPath.replace(/\.(json|txt)$/, '').replace(/[^a-z0-9]+/gi, '_')}`;
}
