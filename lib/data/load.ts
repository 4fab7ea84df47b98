/**
 * Loads and validates the shipped data. Any problem (unknown column, bad number,
 * an id that does not resolve) throws a DataError naming file, line and field, so a
 * corrupted data file fails the build instead of rendering a wrong chart.
 */
import { DataError, parseCsv, type DataIssue } from './csv';
import {
  DATA_FILES,
  type BloomEvalMedianRow,
  type BloomEvalResultRow,
  type BloomzPerPromptRow,
  type BloomzResultRow,
  type Corpus,
  type HelmResultRow,
  type Language,
  type Model,
  type Source,
  type TfewResultRow,
} from './schema';

export interface Dataset {
  sources: ReadonlyMap<string, Source>;
  models: ReadonlyMap<string, Model>;
  languages: ReadonlyMap<string, Language>;
  corpora: ReadonlyMap<string, Corpus>;
  bloomz: readonly BloomzResultRow[];
  perPrompt: readonly BloomzPerPromptRow[];
  helm: readonly HelmResultRow[];
  /** BigScience's own evaluation of BLOOM (another protocol than the BLOOMZ paper's). */
  bloomEval: readonly BloomEvalResultRow[];
  bloomEvalMedians: readonly BloomEvalMedianRow[];
  tfew: readonly TfewResultRow[];
}

export type DataTexts = Record<keyof typeof DATA_FILES, string>;

/** The language value of BLOOMZ rows that average over languages. */
export const MULTI_LANGUAGE = 'multi';

function byId<T>(rows: T[], key: (r: T) => string, file: string, lines: number[], issues: DataIssue[], field: string): Map<string, T> {
  const map = new Map<string, T>();
  rows.forEach((r, i) => {
    const k = key(r);
    if (map.has(k)) issues.push({ file, line: lines[i], field, message: `duplicate id "${k}"` });
    map.set(k, r);
  });
  return map;
}

export function loadDatasetFromTexts(texts: DataTexts): Dataset {
  const issues: DataIssue[] = [];
  const parse = <K extends keyof typeof DATA_FILES>(key: K) => {
    const { file, schema } = DATA_FILES[key];
    const parsed = parseCsv(texts[key], file, schema);
    issues.push(...parsed.issues);
    return parsed;
  };
  const sourcesCsv = parse('sources');
  const modelsCsv = parse('models');
  const languagesCsv = parse('languages');
  const corporaCsv = parse('corpora');
  const bloomzCsv = parse('bloomzResults');
  const perPromptCsv = parse('bloomzPerPrompt');
  const helmCsv = parse('helmResults');
  const bloomEvalCsv = parse('bloomEval') as { rows: BloomEvalResultRow[]; lines: number[] };
  const mediansCsv = parse('bloomEvalMedians') as { rows: BloomEvalMedianRow[]; lines: number[] };
  const tfewCsv = parse('tfew') as { rows: TfewResultRow[]; lines: number[] };

  const sources = byId(sourcesCsv.rows as Source[], (s) => s.id, DATA_FILES.sources.file, sourcesCsv.lines, issues, 'id');
  const models = byId(modelsCsv.rows as Model[], (m) => m.id, DATA_FILES.models.file, modelsCsv.lines, issues, 'id');
  const languages = byId(languagesCsv.rows as Language[], (l) => l.code, DATA_FILES.languages.file, languagesCsv.lines, issues, 'code');
  const corpora = byId(corporaCsv.rows as Corpus[], (c) => c.id, DATA_FILES.corpora.file, corporaCsv.lines, issues, 'id');

  /** Reports every value of `field` that does not resolve in `known`. */
  const resolve = <T>(parsed: { rows: T[]; lines: number[] }, file: string, field: string, get: (r: T) => string | readonly string[], known: (v: string) => boolean) => {
    parsed.rows.forEach((r, i) => {
      const values = get(r);
      for (const v of typeof values === 'string' ? [values] : values) {
        if (!known(v)) issues.push({ file, line: parsed.lines[i], field, message: `"${v}" does not resolve` });
      }
    });
  };
  const isSource = (v: string) => sources.has(v);
  const isModel = (v: string) => models.has(v);
  const isLanguage = (v: string) => languages.has(v);
  // '' = not known from our sources; 'none' = the model was not finetuned.
  const isCorpusOrNone = (v: string) => v === '' || v === 'none' || corpora.has(v);

  resolve(modelsCsv as { rows: Model[]; lines: number[] }, DATA_FILES.models.file, 'source', (m) => m.source, isSource);
  resolve(modelsCsv as { rows: Model[]; lines: number[] }, DATA_FILES.models.file, 'pretraining_corpus', (m) => m.pretraining_corpus, isCorpusOrNone);
  resolve(modelsCsv as { rows: Model[]; lines: number[] }, DATA_FILES.models.file, 'finetune_corpus', (m) => m.finetune_corpus, isCorpusOrNone);
  resolve(corporaCsv as { rows: Corpus[]; lines: number[] }, DATA_FILES.corpora.file, 'source', (c) => c.source, isSource);
  resolve(corporaCsv as { rows: Corpus[]; lines: number[] }, DATA_FILES.corpora.file, 'languages', (c) => c.languages, isLanguage);

  const bloomzParsed = bloomzCsv as { rows: BloomzResultRow[]; lines: number[] };
  resolve(bloomzParsed, DATA_FILES.bloomzResults.file, 'model', (r) => r.model, isModel);
  resolve(bloomzParsed, DATA_FILES.bloomzResults.file, 'source', (r) => r.source, isSource);
  resolve(bloomzParsed, DATA_FILES.bloomzResults.file, 'language', (r) => r.language, (v) => isLanguage(v) || v === MULTI_LANGUAGE);

  const perPromptParsed = perPromptCsv as { rows: BloomzPerPromptRow[]; lines: number[] };
  resolve(perPromptParsed, DATA_FILES.bloomzPerPrompt.file, 'model', (r) => r.model, isModel);
  resolve(perPromptParsed, DATA_FILES.bloomzPerPrompt.file, 'source', (r) => r.source, isSource);
  resolve(perPromptParsed, DATA_FILES.bloomzPerPrompt.file, 'language', (r) => r.language, isLanguage);

  const helmParsed = helmCsv as { rows: HelmResultRow[]; lines: number[] };
  resolve(helmParsed, DATA_FILES.helmResults.file, 'model', (r) => r.model, isModel);
  resolve(helmParsed, DATA_FILES.helmResults.file, 'source', (r) => r.source, isSource);
  resolve(helmParsed, DATA_FILES.helmResults.file, 'languages', (r) => r.languages, isLanguage);

  type BloomEvalParsed = { rows: { model: string; source: string; languages: string[] }[]; lines: number[] };
  for (const [parsed, file] of [[bloomEvalCsv as BloomEvalParsed, DATA_FILES.bloomEval.file], [mediansCsv as BloomEvalParsed, DATA_FILES.bloomEvalMedians.file]] as const) {
    resolve(parsed, file, 'model', (r) => r.model, isModel);
    resolve(parsed, file, 'source', (r) => r.source, isSource);
    resolve(parsed, file, 'languages', (r) => r.languages, isLanguage);
  }
  resolve(tfewCsv, DATA_FILES.tfew.file, 'source', (r) => r.source, isSource);

  if (issues.length) throw new DataError(issues);
  return {
    sources,
    models,
    languages,
    corpora,
    bloomz: bloomzParsed.rows,
    perPrompt: perPromptParsed.rows,
    helm: helmParsed.rows,
    bloomEval: bloomEvalCsv.rows,
    bloomEvalMedians: mediansCsv.rows,
    tfew: tfewCsv.rows,
  };
}
