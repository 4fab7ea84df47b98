/**
 * The crosslingual datasets an imported result can be placed on, with the configs each
 * one published. A result on another dataset, or on a language the dataset never had,
 * goes to `unmapped` with the reason: it would otherwise sit in a chart beside numbers
 * measured on different examples.
 */
import { resolveLanguage } from './languages';

export const IMPORT_DATASETS = ['xnli', 'xcopa', 'xstory_cloze', 'xwinograd'] as const;
export type ImportDatasetId = (typeof IMPORT_DATASETS)[number];

interface DatasetFacts {
  name: string;
  /** Published config → languages.csv code. */
  configs: Readonly<Record<string, string>>;
}

const same = (codes: string[]): Record<string, string> => Object.fromEntries(codes.map((c) => [c, c]));

export const DATASET_FACTS: Record<ImportDatasetId, DatasetFacts> = {
  xnli: { name: 'XNLI', configs: same(['ar', 'bg', 'de', 'el', 'en', 'es', 'fr', 'hi', 'ru', 'sw', 'th', 'tr', 'ur', 'vi', 'zh']) },
  xcopa: { name: 'XCOPA', configs: same(['et', 'ht', 'id', 'it', 'qu', 'sw', 'ta', 'th', 'tr', 'vi', 'zh']) },
  xstory_cloze: { name: 'XStoryCloze', configs: same(['ar', 'en', 'es', 'eu', 'hi', 'id', 'my', 'ru', 'sw', 'te', 'zh']) },
  // XWinograd names Japanese `jp`.
  xwinograd: { name: 'XWinograd', configs: { en: 'en', fr: 'fr', jp: 'ja', pt: 'pt', ru: 'ru', zh: 'zh' } },
};

export function isImportDataset(id: string): id is ImportDatasetId {
  return (IMPORT_DATASETS as readonly string[]).includes(id);
}

export type Placement =
  | { mapped: true; dataset: ImportDatasetId; config: string; language: string }
  | { mapped: false; reason: string; language: string | null };

/** Places a dataset config (`jp`, `fr`) of a known dataset on a language. */
export function placeConfig(dataset: ImportDatasetId, config: string): Placement {
  const facts = DATASET_FACTS[dataset];
  const language = Object.hasOwn(facts.configs, config) ? facts.configs[config] : undefined;
  if (language) return { mapped: true, dataset, config, language };
  const resolved = resolveLanguage(config);
  const known = Object.keys(facts.configs).join(', ');
  return {
    mapped: false,
    language: resolved.code,
    reason: resolved.code
      ? `${facts.name} has no "${config}" config (it has ${known}); a result under that name comes from another dataset`
      : `${facts.name} config "${config}" is not one of ${known}`,
  };
}

/** lm-evaluation-harness task-name prefixes of the four datasets, old and new spellings. */
const LM_EVAL_PREFIXES: readonly (readonly [string, ImportDatasetId])[] = [
  ['xstory_cloze_', 'xstory_cloze'],
  ['xstorycloze_', 'xstory_cloze'],
  ['xwinograd_', 'xwinograd'],
  ['xcopa_', 'xcopa'],
  ['xnli_', 'xnli'],
];

const LM_EVAL_BARE = new Set(['xnli', 'xcopa', 'xstorycloze', 'xstory_cloze', 'xwinograd']);

function lastToken(task: string): string {
  return task.slice(task.lastIndexOf('_') + 1);
}

/**
 * Reads an lm-evaluation-harness task name. The language is not always the last `_`
 * token (`xnli_eu_native`), so the four datasets are read as `<prefix><config>[_variant]`
 * and a few known multilingual families elsewhere are named, so the user sees why they
 * are not charted rather than "unknown task".
 */
export function placeLmEvalTask(task: string): Placement {
  // Self-translate (translate-test): the examples were machine-translated into English
  // before the model saw them, so the model did not read the language the name ends in.
  const selfTranslate = /^xnli-mt_(.+)_([a-z]{2,3})$/.exec(task);
  if (selfTranslate) {
    return {
      mapped: false,
      language: resolveLanguage(selfTranslate[2]).code,
      reason: `translate-test: XNLI "${selfTranslate[2]}" machine-translated into English by ${selfTranslate[1]} before evaluation; the model read English, so this is not an XNLI-${selfTranslate[2]} result`,
    };
  }
  for (const [prefix, dataset] of LM_EVAL_PREFIXES) {
    if (!task.startsWith(prefix)) continue;
    const [config, ...variant] = task.slice(prefix.length).split('_');
    const placed = placeConfig(dataset, config);
    if (variant.length === 0) return placed;
    return {
      mapped: false,
      language: placed.language,
      reason: `"${task}" is a variant ("${variant.join('_')}") of ${DATASET_FACTS[dataset].name} ${config}, not the published dataset`,
    };
  }
  if (LM_EVAL_BARE.has(task)) {
    return { mapped: false, language: null, reason: `"${task}" names no language: an aggregate over languages, not a per-language result` };
  }
  const family = /^(belebele|pawsx|truthfulqa-multi_(?:gen|mc1|mc2))_(.+)$/.exec(task);
  if (family) {
    const token = family[1] === 'belebele' ? family[2] : lastToken(task);
    const names: Record<string, string> = { belebele: 'Belebele', pawsx: 'PAWS-X' };
    const name = names[family[1]] ?? 'TruthfulQA-multi';
    return { mapped: false, language: resolveLanguage(token).code, reason: `${name} is not one of the dashboard's datasets (XNLI, XCOPA, XStoryCloze, XWinograd)` };
  }
  return { mapped: false, language: null, reason: 'task not recognised: not an XNLI, XCOPA, XStoryCloze or XWinograd task' };
}

/** Hugging Face dataset ids of the four datasets (`xnli`, `Muennighoff/xstory_cloze`, …), by their last path part. */
const HF_DATASET_NAMES: Readonly<Record<string, ImportDatasetId>> = {
  xnli: 'xnli',
  xcopa: 'xcopa',
  xstory_cloze: 'xstory_cloze',
  xstorycloze: 'xstory_cloze',
  xwinograd: 'xwinograd',
};

export function datasetOfHfType(type: string): ImportDatasetId | null {
  const name = type.trim().split('/').pop()!.toLowerCase();
  return Object.hasOwn(HF_DATASET_NAMES, name) ? HF_DATASET_NAMES[name] : null;
}
