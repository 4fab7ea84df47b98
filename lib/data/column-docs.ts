/**
 * What each shipped file and each of its columns holds, in words: the part of the data's
 * documentation a zod schema cannot say (schema.ts says names, order and types). Read by
 * the /data page and lib/data-package. The type makes a column without a description a
 * compile error; lib/data-package checks it again at run time.
 */
import type { DATA_FILES } from './schema';
import type { Unit } from './units';

export type DataFileKey = keyof typeof DATA_FILES;
type ColumnOf<K extends DataFileKey> = Extract<keyof (typeof DATA_FILES)[K]['schema']['shape'], string>;

/** A column's description; `unit` for a value column in one fixed unit, `unitColumn` when each row names its unit. */
export type ColumnDoc = string | { description: string; unit: Unit } | { description: string; unitColumn: string };

export interface FileDoc<K extends DataFileKey> {
  title: string;
  description: string;
  columns: Record<ColumnOf<K>, ColumnDoc>;
}

export type FileDocs = { [K in DataFileKey]: FileDoc<K> };

const SOURCE = 'Id of the row’s source in sources.csv.';
const MODEL = 'Model id in models.csv.';
const LOWER = 'true when a lower value is better (perplexity, cost).';
const UNIT = 'Unit and scale of `value`, as published (one of the units listed in this field’s constraints).';
const LANGUAGES = 'Language codes of languages.csv, semicolon-separated (empty: no language).';

export const FILE_DOCS: FileDocs = {
  sources: {
    title: 'Sources',
    description: 'Every source: title, URL, repo@commit:path, what it contributed; BibTeX for the papers.',
    columns: {
      id: 'Source id, referred to by the `source` column of the other files.',
      suite: 'Which part of the dashboard the source serves: bloomz (BLOOMZ/mT0 paper), helm, both, or bigscience (BigScience’s evaluation of BLOOM, T-Few).',
      kind: 'What the source is: paper, notebook, model-card, leaderboard, mirror, metadata, reference or results-file.',
      title: 'Title of the source.',
      url: 'Where the source is published (https).',
      citation: 'The exact file the numbers were copied from (repo@commit:path) or how to cite it; empty when not recorded.',
      contains: 'What the source contributed to this dashboard.',
      bibtex: 'BibTeX entry, where the source is a paper that has one.',
    },
  },
  models: {
    title: 'Models',
    description: '27 BLOOMZ-paper models and 218 HELM models: family, parameter count, pretraining and finetuning corpus.',
    columns: {
      id: 'Model id, referred to by the `model` column of the result files.',
      suite: 'bloomz (a model of the BLOOMZ/mT0 paper) or helm.',
      label: 'Display name.',
      family: 'Model family.',
      params: { description: 'Number of parameters as published; empty when not stated.', unit: 'count' },
      params_label: 'The parameter count as the source writes it (e.g. 7.1B).',
      creator: 'Organisation that trained the model; empty when not stated.',
      pretraining_corpus: 'Pretraining corpus: an id of corpora.csv, or empty when our sources do not say.',
      finetune_corpus: 'Finetuning corpus: an id of corpora.csv, none for pretrained-only models, or empty when our sources do not say.',
      finetune_label: 'The finetuning data in words.',
      base_model: 'The model it was finetuned from.',
      hf_repo: 'Hugging Face repository.',
      helm_model_id: 'HELM’s model id.',
      release_date: 'Release date as HELM publishes it (YYYY-MM-DD); empty when not stated.',
      source: SOURCE,
    },
  },
  languages: {
    title: 'Languages',
    description:
      'Code, name, script, membership in ROOTS/xP3/mC4, corpus shares, cld3 trace share; 11 languages added for FLORES-101 (in none of the three corpora).',
    columns: {
      code: 'ISO 639 code, or "code" for programming languages (a ROOTS/xP3 "language").',
      name: 'English name.',
      script: 'ISO 15924 script code, or n/a.',
      in_roots: 'In ROOTS, BLOOM’s pretraining corpus.',
      in_xp3: 'In xP3, the BLOOMZ/mT0 finetuning mixture.',
      in_mc4: 'In mC4, mT5’s pretraining corpus.',
      roots_pct: { description: 'Share of ROOTS in this language, as published; empty when not published.', unit: 'percent' },
      xp3_pct: { description: 'Share of xP3 in this language, as published; empty when not published.', unit: 'percent' },
      mc4_pct: { description: 'Share of mC4 in this language, as published; empty when not published.', unit: 'percent' },
      roots_cld3_pct: { description: 'Share of a 1% sample of ROOTS that cld3 labels as this language (trace exposure); empty when not published.', unit: 'percent' },
      eval_datasets: 'Datasets of the BLOOMZ paper evaluated in this language, semicolon-separated.',
      paper_unseen_in: 'Where the paper calls this language unseen, semicolon-separated.',
      note: 'Curator’s note.',
      source_name: 'Where the name comes from.',
      source_script: 'Where the script comes from.',
      source_in_roots: 'Where in_roots and roots_pct come from.',
      source_in_xp3: 'Where in_xp3 and xp3_pct come from.',
      source_in_mc4: 'Where in_mc4 and mc4_pct come from.',
      source_paper_unseen: 'Where paper_unseen_in comes from.',
    },
  },
  corpora: {
    title: 'Training corpora',
    description: 'Training corpora and how their language lists are known.',
    columns: {
      id: 'Corpus id, referred to by models.csv.',
      name: 'Display name.',
      stage: 'pretraining or finetuning.',
      languages_column: 'The boolean column of languages.csv that says which languages the corpus holds (empty: see `languages`).',
      languages: 'An explicit list of language codes, for corpora that are one language; semicolon-separated.',
      languages_known: 'false when the corpus’ language list is not in our sources, so coverage is unknown.',
      source: SOURCE,
      note: 'Curator’s note.',
    },
  },
  bloomzResults: {
    title: 'BLOOMZ/mT0 paper results',
    description: 'Every BLOOMZ/mT0-paper aggregate number: median/max per prompt set, model cards, HumanEval, multilingual-prompting means.',
    columns: {
      model: MODEL,
      prompt_set: 'Prompt set: EN (English prompts), MT (machine-translated), HT (human-translated) or best-of-all.',
      dataset: 'Dataset (Hugging Face name).',
      config: 'Dataset configuration.',
      split: 'Dataset split.',
      language: 'Language code of languages.csv, or multi for a mean over languages.',
      metric: 'Metric as the paper names it (e.g. Median acc.).',
      value: { description: 'The number as published (text kept as printed).', unitColumn: 'unit' },
      unit: UNIT,
      lower_is_better: LOWER,
      task: 'Task family as the paper groups it.',
      source: SOURCE,
      notes: 'How the number was obtained, where that needs saying.',
    },
  },
  bloomzPerPrompt: {
    title: 'BLOOMZ/mT0 per-prompt results',
    description: 'Single-prompt accuracies behind the paper’s figures.',
    columns: {
      model: MODEL,
      dataset: 'Dataset (Hugging Face name).',
      config: 'Dataset configuration.',
      split: 'Dataset split.',
      language: 'Language code of languages.csv.',
      prompt_name: 'The prompt’s name (promptsource).',
      value: { description: 'The number as published (text kept as printed).', unitColumn: 'unit' },
      unit: UNIT,
      source: SOURCE,
      notes: 'Where in the source the number is (e.g. the notebook cell).',
    },
  },
  helmResults: {
    title: 'HELM results',
    description:
      'Every HELM number of the shipped releases, plus the cells HELM published without a value (status hidden, no number kept). "General information" rows are kind info (counts, never charted).',
    columns: {
      model: MODEL,
      project: 'HELM project (classic, lite, seahelm, arabic, thaiexam).',
      release: 'HELM release.',
      group: 'HELM scenario group.',
      scenario: 'HELM scenario.',
      scenario_display: 'The scenario’s display name in HELM.',
      subset: 'Subset of the scenario, where HELM has one.',
      table: 'The HELM table the cell is in.',
      metric_tab: 'The metric tab of that table (Accuracy, Calibration, …).',
      metric: 'Metric as HELM names it.',
      status: 'reported (a number) or hidden (HELM published the cell without a value on purpose; `value` is empty).',
      value: { description: 'The number as published (text kept as printed); empty when status is hidden.', unitColumn: 'unit' },
      unit: UNIT,
      lower_is_better: LOWER,
      kind: 'score, or info for HELM "General information" counts (never charted as results).',
      language_text: 'The language as HELM writes it.',
      languages: LANGUAGES,
      split: 'Evaluation split, where HELM states it.',
      source: SOURCE,
      provenance: 'The file the cell was read from (mirror id:path) and how.',
      cell_description: 'HELM’s description of the cell (e.g. min/mean/max over runs).',
      note: 'Curator’s note.',
      contamination: 'HELM’s contamination mark as published in the cell’s description (☠ or ⚠); empty when none.',
    },
  },
  bloomEval: {
    title: 'BigScience’s evaluation of BLOOM',
    description:
      'BigScience’s own evaluation of BLOOM: every metric of the bslmeval.json runs with the stderr published beside it, HumanEval pass@k at three temperatures; the raw file’s line of each value.',
    columns: {
      model: MODEL,
      run: 'BigScience’s run folder (bloom, bloom2b5, bloom1b3, bloom350m, opt).',
      task: 'Task.',
      key: 'The key of the value in the raw file (task+prompt).',
      prompt: 'Prompt name; empty for unprompted tasks.',
      languages: LANGUAGES,
      flores_code: 'FLORES-101 language code, for FLORES rows.',
      metric: 'Metric as the raw file names it.',
      value: { description: 'The number as published (text kept as printed).', unitColumn: 'unit' },
      stderr: { description: 'Standard error published beside the value; empty where none.', unitColumn: 'unit' },
      unit: UNIT,
      lower_is_better: LOWER,
      temperature: 'Sampling temperature (HumanEval rows).',
      timestamp: 'Timestamp of the run, as in the raw file.',
      source: SOURCE,
      line: 'Line of the value in the raw file.',
    },
  },
  bloomEvalMedians: {
    title: 'BLOOM model card tables',
    description: 'The model card’s tables (mdtable.txt) as published: medians over prompts by BigScience (3 dp), kept apart from the per-prompt numbers.',
    columns: {
      model: MODEL,
      task: 'Task (dashboard id).',
      task_published: 'Task as the table prints it.',
      prompts: { description: 'Number of prompts the median is over, as published; empty for an unprompted value.', unit: 'count' },
      language_published: 'Language as the table prints it.',
      languages: LANGUAGES,
      metric: 'Metric as the table names it.',
      lower_is_better: LOWER,
      value: 'The number as published (text kept as printed), on the scale of the metric named in `metric` (the file has no unit column).',
      source: SOURCE,
      line: 'Line of the value in the raw file.',
    },
  },
  tfew: {
    title: 'T-Few tables',
    description: 'T-Few (Liu et al. 2022): RAFT top 5 and the cost table, the printed text beside its number in the row’s unit.',
    columns: {
      table: 'raft_top5 (RAFT leaderboard) or cost (the cost table).',
      method: 'Method as the paper names it.',
      metric: 'Metric as the paper names it.',
      published: 'The cell as printed (e.g. 4.2 MB, 75.8%).',
      value: { description: 'The printed number in the row’s unit.', unitColumn: 'unit' },
      unit: UNIT,
      lower_is_better: LOWER,
      source: SOURCE,
      note: 'Curator’s note.',
    },
  },
};
