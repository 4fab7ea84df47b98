/**
 * The shipped data's schema, one zod object per CSV file. Columns arrive as strings
 * (PapaParse without dynamicTyping) and are converted per column here, so '' never
 * silently becomes 0 and '1e5' or '007' are only numbers where a column says so.
 * Types used across the app are inferred from these schemas.
 */
import { z } from 'zod';
import { PUBLISHED_NUMBER } from './published-number';
import { UNITS } from './units';


/**
 * What a column's cells are in the CSV text, for columns that are not plain strings (read by
 * lib/data-package to type the Frictionless fields). Registered on the shared column kinds below.
 */
export interface CsvColumnType {
  type: 'number' | 'integer' | 'boolean' | 'list';
  /** true: an empty cell is invalid. */
  required?: boolean;
}
export const CSV_TYPES = z.registry<CsvColumnType>();

const text = z.string();
const id = z.string().min(1, 'must not be empty').regex(/^\S(.*\S)?$/, 'must not start or end with whitespace');
const bool = z
  .enum(['true', 'false'], { message: "must be 'true' or 'false'" })
  .transform((v) => v === 'true')
  .register(CSV_TYPES, { type: 'boolean', required: true });
const list = z
  .string()
  .transform((v) => (v === '' ? [] : v.split(';')))
  .register(CSV_TYPES, { type: 'list' });
/** A count such as a parameter number: exact integers, so a number is enough. */
const optionalCount = z
  .string()
  .refine((v) => v === '' || /^\d+$/.test(v), 'is not a whole number')
  .transform((v) => (v === '' ? null : Number(v)))
  .register(CSV_TYPES, { type: 'integer' });
/** A number exactly as published: the text is what the source printed; number is its parse. */
export interface PublishedValue {
  text: string;
  number: number;
}
const toPublished = (text: string): PublishedValue => ({ text, number: Number(text) });
const optionalPublished = z
  .string()
  .refine((v) => v === '' || PUBLISHED_NUMBER.test(v), 'is not a number as published')
  .transform((v) => (v === '' ? null : toPublished(v)))
  .register(CSV_TYPES, { type: 'number' });
const published = z
  .string()
  .regex(PUBLISHED_NUMBER, 'is not a number as published (digits, optional sign, decimals, exponent)')
  .transform(toPublished)
  .register(CSV_TYPES, { type: 'number', required: true });

export const unitSchema = z.enum(UNITS);

export const sourceSchema = z.object({
  id,
  suite: z.enum(['bloomz', 'helm', 'both', 'bigscience']),
  kind: z.enum(['paper', 'notebook', 'model-card', 'leaderboard', 'mirror', 'metadata', 'reference', 'results-file']),
  title: id,
  url: z.string().regex(/^https:\/\/\S+$/, 'must be an https URL'),
  citation: text,
  contains: text,
  bibtex: text,
});

export const modelSchema = z.object({
  id,
  suite: z.enum(['bloomz', 'helm']),
  label: id,
  family: text,
  params: optionalCount,
  params_label: text,
  creator: text,
  /** A corpora.csv id, or '' when our sources do not say. */
  pretraining_corpus: text,
  /** A corpora.csv id, 'none' for pretrained-only models, or '' when our sources do not say. */
  finetune_corpus: text,
  finetune_label: text,
  base_model: text,
  hf_repo: text,
  helm_model_id: text,
  release_date: text,
  source: id,
});

export const languageSchema = z.object({
  /** ISO 639 code, or "code" for programming languages (a ROOTS/xP3 "language"). */
  code: z.string().regex(/^([a-z]{2,3}|code)$/, 'must be an ISO 639 code or "code"'),
  name: id,
  script: z.string().regex(/^([A-Z][a-z]{3}|n\/a)$/, 'must be an ISO 15924 script code or "n/a"'),
  in_roots: bool,
  in_xp3: bool,
  in_mc4: bool,
  roots_pct: optionalPublished,
  xp3_pct: optionalPublished,
  mc4_pct: optionalPublished,
  roots_cld3_pct: optionalPublished,
  eval_datasets: list,
  paper_unseen_in: list,
  note: text,
  source_name: text,
  source_script: text,
  source_in_roots: text,
  source_in_xp3: text,
  source_in_mc4: text,
  source_paper_unseen: text,
});

export const corpusSchema = z.object({
  id,
  name: id,
  stage: z.enum(['pretraining', 'finetuning']),
  /** A boolean column of languages.csv that says which languages the corpus holds. */
  languages_column: z.enum(['', 'in_roots', 'in_xp3', 'in_mc4']),
  /** Or an explicit list, for corpora that are one language. */
  languages: list,
  /** false: the corpus' language list is not in our sources, so coverage is unknown. */
  languages_known: bool,
  source: id,
  note: text,
});

export const PROMPT_SETS = ['EN', 'MT', 'HT', 'best-of-all'] as const;

export const bloomzResultSchema = z.object({
  model: id,
  prompt_set: z.enum(PROMPT_SETS),
  dataset: id,
  config: id,
  split: id,
  language: id,
  metric: id,
  value: published,
  unit: unitSchema,
  lower_is_better: bool,
  task: id,
  source: id,
  notes: text,
});

export const bloomzPerPromptSchema = z.object({
  model: id,
  dataset: id,
  config: id,
  split: id,
  language: id,
  prompt_name: id,
  value: published,
  unit: unitSchema,
  source: id,
  notes: text,
});

export const HELM_STATUSES = ['reported', 'hidden'] as const;

export const helmResultSchema = z
  .object({
    model: id,
    project: id,
    release: id,
    group: id,
    scenario: id,
    scenario_display: id,
    subset: text,
    table: id,
    metric_tab: id,
    metric: id,
    /** hidden: HELM published the cell without a value on purpose; no number is kept. */
    status: z.enum(HELM_STATUSES),
    value: z
      .string()
      .refine((v) => v === '' || PUBLISHED_NUMBER.test(v), 'is not a number as published')
      .transform((v) => (v === '' ? null : toPublished(v)))
      .register(CSV_TYPES, { type: 'number' }),
    unit: unitSchema,
    lower_is_better: bool,
    /** info: HELM "General information" counts, never charted as results. */
    kind: z.enum(['score', 'info']),
    language_text: text,
    languages: list,
    split: text,
    source: id,
    provenance: text,
    cell_description: text,
    note: text,
    contamination: z.enum(['', '☠', '⚠']),
  })
  .superRefine((row, ctx) => {
    if (row.status === 'reported' && row.value === null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is empty but status is reported' });
    }
    if (row.status === 'hidden' && row.value !== null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be empty when status is hidden' });
    }
  });

const bloomEvalLanguages = list;
const direction = bool;

/** One number of BigScience's evaluation files (lib/bloom-eval/extract.ts), its stderr as published beside it. */
export const bloomEvalResultSchema = z.object({
  model: id,
  run: id,
  task: id,
  key: id,
  prompt: text,
  languages: bloomEvalLanguages,
  flores_code: text,
  metric: id,
  value: published,
  stderr: optionalPublished,
  unit: unitSchema,
  lower_is_better: direction,
  temperature: text,
  timestamp: text,
  source: id,
  line: optionalCount,
});

/** A row of the model card's table (mdtable.txt): BigScience's median over prompts, or one unprompted value. */
export const bloomEvalMedianSchema = z.object({
  model: id,
  task: id,
  task_published: id,
  prompts: optionalCount,
  language_published: id,
  languages: bloomEvalLanguages,
  metric: id,
  lower_is_better: direction,
  value: published,
  source: id,
  line: optionalCount,
});

/** T-Few's two tables, the printed text kept ("4.2 MB") beside its number in the row's unit. */
export const tfewResultSchema = z.object({
  table: z.enum(['raft_top5', 'cost']),
  method: id,
  metric: id,
  published: id,
  value: published,
  unit: unitSchema,
  lower_is_better: direction,
  source: id,
  note: text,
});

export type BloomEvalResultRow = z.output<typeof bloomEvalResultSchema>;
export type BloomEvalMedianRow = z.output<typeof bloomEvalMedianSchema>;
export type TfewResultRow = z.output<typeof tfewResultSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Model = z.output<typeof modelSchema>;
export type Language = z.output<typeof languageSchema>;
export type Corpus = z.output<typeof corpusSchema>;
export type PromptSet = (typeof PROMPT_SETS)[number];
export type BloomzResultRow = z.output<typeof bloomzResultSchema>;
export type BloomzPerPromptRow = z.output<typeof bloomzPerPromptSchema>;
export type HelmResultRow = z.output<typeof helmResultSchema>;

/** Every shipped file, its schema and the exact header it must have. */
export const DATA_FILES = {
  sources: { file: 'sources.csv', schema: sourceSchema },
  models: { file: 'models.csv', schema: modelSchema },
  languages: { file: 'languages.csv', schema: languageSchema },
  corpora: { file: 'corpora.csv', schema: corpusSchema },
  bloomzResults: { file: 'bloomz-results.csv', schema: bloomzResultSchema },
  bloomzPerPrompt: { file: 'bloomz-per-prompt.csv', schema: bloomzPerPromptSchema },
  helmResults: { file: 'helm-results.csv', schema: helmResultSchema },
  bloomEval: { file: 'bloom-eval-results.csv', schema: bloomEvalResultSchema },
  bloomEvalMedians: { file: 'bloom-eval-medians.csv', schema: bloomEvalMedianSchema },
  tfew: { file: 'tfew-results.csv', schema: tfewResultSchema },
} as const;

export { PUBLISHED_NUMBER };

export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}
