/**
 * Language coverage is a fact about a (model, language) pair, derived from the model's
 * pretraining and finetuning corpora (models.csv) and corpus membership (languages.csv,
 * corpora.csv). Thai is unseen for BLOOM (not in ROOTS) but in pretraining for mT0 (mC4).
 */
import type { Corpus, Language, Model } from '../data/schema';

export const COVERAGE_LEVELS = ['pretraining', 'finetuning-only', 'unseen', 'unknown'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export const COVERAGE_LABEL: Record<CoverageLevel, string> = {
  pretraining: 'in pretraining',
  'finetuning-only': 'in finetuning only',
  unseen: 'never intentionally seen',
  unknown: 'coverage unknown',
};

export interface CorpusLookup {
  corpora: ReadonlyMap<string, Corpus>;
}

/** true / false, or null when the corpus' language list is not in our sources. */
export function corpusHasLanguage(corpus: Corpus, language: Language): boolean | null {
  if (!corpus.languages_known) return null;
  if (corpus.languages_column) return language[corpus.languages_column];
  return corpus.languages.includes(language.code);
}

function inCorpus(corpusId: string, language: Language, corpora: ReadonlyMap<string, Corpus>): boolean | null {
  if (corpusId === '') return null;
  if (corpusId === 'none') return false;
  const corpus = corpora.get(corpusId);
  return corpus ? corpusHasLanguage(corpus, language) : null;
}

export interface Coverage {
  level: CoverageLevel;
  inPretraining: boolean | null;
  inFinetuning: boolean | null;
}

export function coverageOf(model: Model, language: Language, corpora: ReadonlyMap<string, Corpus>): Coverage {
  const inPretraining = inCorpus(model.pretraining_corpus, language, corpora);
  const inFinetuning = inCorpus(model.finetune_corpus, language, corpora);
  let level: CoverageLevel;
  if (inPretraining === true) level = 'pretraining';
  else if (inPretraining === null) level = 'unknown';
  else if (inFinetuning === true) level = 'finetuning-only';
  else if (inFinetuning === false) level = 'unseen';
  else level = 'unknown';
  return { level, inPretraining, inFinetuning };
}

function corpusFact(corpusId: string, inIt: boolean | null, corpora: ReadonlyMap<string, Corpus>): string {
  if (corpusId === 'none') return 'not finetuned';
  const corpus = corpora.get(corpusId);
  if (!corpus) return `${corpusId === '' ? 'training data' : corpusId} not known from our sources`;
  if (inIt === null) return `${corpus.name}: language list not in our sources`;
  return `${inIt ? 'in' : 'not in'} ${corpus.name}`;
}

/**
 * What a group of models' training data held of one language: one entry per coverage
 * level, with the corpus facts that lead to it (e.g. "not in ROOTS; not in xP3, P3").
 */
export function describeCoverage(
  language: Language,
  models: readonly Model[],
  corpora: ReadonlyMap<string, Corpus>,
): { models: string[]; level: CoverageLevel; text: string }[] {
  const byLevel = new Map<CoverageLevel, { models: string[]; pre: Set<string>; fine: Set<string> }>();
  for (const m of models) {
    const c = coverageOf(m, language, corpora);
    const entry = byLevel.get(c.level) ?? { models: [], pre: new Set<string>(), fine: new Set<string>() };
    entry.models.push(m.label);
    entry.pre.add(corpusFact(m.pretraining_corpus, c.inPretraining, corpora));
    // Once a language is in pretraining, the finetuning data does not change the level.
    if (c.level !== 'pretraining') entry.fine.add(corpusFact(m.finetune_corpus, c.inFinetuning, corpora));
    byLevel.set(c.level, entry);
  }
  return [...byLevel.entries()].map(([level, e]) => ({
    models: e.models,
    level,
    text: `${[...e.pre, ...e.fine].join('; ')} → ${COVERAGE_LABEL[level]}`,
  }));
}
