/**
 * BigScience's evaluation of BLOOM and the T-Few tables, read from the vendored raw files
 * in data/raw/ (each folder has a SOURCES file) into the rows of bloom-eval-results.csv,
 * bloom-eval-medians.csv and tfew-results.csv, plus their sources and the languages FLORES
 * adds to languages.csv.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readRecords } from '../../lib/data/csv';
import { extractHarnessFile, extractHumanEvalFile, type BloomEvalRow } from '../../lib/bloom-eval/extract';
import { LANGUAGES_ADDED_FOR_FLORES } from '../../lib/bloom-eval/flores-languages';
import { parseMdTable, type BloomEvalMedianRow } from '../../lib/bloom-eval/mdtable';
import { BLOOM_EVAL_COMMIT, BLOOM_EVAL_REPO, BLOOM_EVAL_RUNS, bloomEvalFileUrl, bloomEvalSourceId, HUMANEVAL_TEMPERATURES, MDTABLE_COLUMNS } from '../../lib/bloom-eval/runs';
import { readTfewRows, type TfewRow } from '../../lib/bloom-eval/tfew';

type Row = Record<string, string>;

export interface BloomEvalImport {
  results: BloomEvalRow[];
  medians: BloomEvalMedianRow[];
  tfew: TfewRow[];
  sources: Row[];
  languages: Row[];
}

const TFEW_BIBTEX = `@inproceedings{liu2022fewshot,
  title={Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning},
  author={Liu, Haokun and Tam, Derek and Muqeeth, Mohammed and Mohta, Jay and Huang, Tenghao and Bansal, Mohit and Raffel, Colin},
  booktitle={Advances in Neural Information Processing Systems},
  year={2022}
}`;

/** humaneval_tempNN.json is sampled at temperature 0.NN with NN in tenths as printed: temp02 → 0.2. */
const temperatureOf = (nn: string) => `0.${nn.slice(1)}`;

const NO_CORPUS = 'absent from the ROOTS, xP3 and mC4 language tables (xmtf xp3_languages.ipynb; languages.csv is their union)';

export function importBloomEval(rawDir: string, languageColumns: string[]): BloomEvalImport {
  const dir = path.join(rawDir, 'bloom-eval');
  const read = (rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
  const results: BloomEvalRow[] = [];
  const medians: BloomEvalMedianRow[] = [];
  const sources: Row[] = [];
  const source = (rel: string, title: string, kind: string, contains: string) =>
    sources.push({ id: bloomEvalSourceId(rel), suite: 'bigscience', kind, title, url: bloomEvalFileUrl(rel), citation: `${BLOOM_EVAL_REPO}@${BLOOM_EVAL_COMMIT}:evaluation/results/tr11/${rel}`, contains, bibtex: '' });
  for (const run of BLOOM_EVAL_RUNS) {
    if (run.hasHarness) {
      const rel = `${run.folder}/bslmeval.json`;
      results.push(...extractHarnessFile(run, rel, read(rel)));
      source(rel, `BigScience evaluation of ${run.label}: lm-evaluation-harness results per prompt (${rel})`, 'results-file', `Every task+prompt of BigScience's prompted evaluation of ${run.label}, each metric with its standard error. Model: ${run.note}.`);
    }
    for (const t of HUMANEVAL_TEMPERATURES) {
      const rel = `${run.folder}/humaneval_temp${t}.json`;
      results.push(...extractHumanEvalFile(run, rel, temperatureOf(t), read(rel)));
      source(rel, `BigScience evaluation of ${run.label}: HumanEval pass@k at temperature 0.${t.replace(/0$/, '')} (${rel})`, 'results-file', `HumanEval pass@1, pass@10, pass@100 of ${run.label}, sampled at temperature 0.${t.replace(/0$/, '')}. Model: ${run.note}.`);
    }
    const columns = MDTABLE_COLUMNS[run.folder];
    if (columns) {
      const rel = `${run.folder}/mdtable.txt`;
      medians.push(...parseMdTable(rel, read(rel), columns));
      source(rel, `BLOOM model card evaluation table: ${Object.keys(columns).join(' vs ')} (${rel})`, 'model-card', 'The model card\'s table as published: medians over prompts by BigScience, rounded to 3 decimals, and single unprompted values.');
    }
  }
  const tfewFile = path.join(rawDir, 'tfew', 'results.csv');
  const [header, ...body] = readRecords(fs.readFileSync(tfewFile, 'utf8')).records;
  const tfew = readTfewRows(body.map((r) => Object.fromEntries(header.map((c, j) => [c, r[j]]))), 'data/raw/tfew/results.csv');
  for (const [id, title] of [
    ['tfew_paper_table2', 'T-Few paper (Liu et al. 2022), Table 2: top-5 methods on RAFT'],
    ['tfew_paper_cost_table', 'T-Few paper (Liu et al. 2022): cost comparison table (inference FLOPs, training FLOPs, disk space)'],
  ]) {
    sources.push({ id, suite: 'bigscience', kind: 'paper', title, url: 'https://arxiv.org/abs/2205.05638', citation: 'arXiv:2205.05638, typed from the paper into ../shared/data/tfew/results.csv', contains: 'English results, no language dimension.', bibtex: TFEW_BIBTEX });
  }
  const languages = LANGUAGES_ADDED_FOR_FLORES.map((l) => {
    const row: Row = Object.fromEntries(languageColumns.map((c) => [c, '']));
    return {
      ...row,
      code: l.code,
      name: l.name,
      script: l.script,
      in_roots: 'false',
      in_xp3: 'false',
      in_mc4: 'false',
      note: 'added for FLORES-101 (BigScience evaluation of BLOOM)',
      source_name: 'CLDR 41 main/en.xml',
      source_script: 'CLDR 41 likelySubtags.xml',
      source_in_roots: NO_CORPUS,
      source_in_xp3: NO_CORPUS,
      source_in_mc4: NO_CORPUS,
    };
  });
  return { results, medians, tfew, sources, languages };
}
