/**
 * What a model's page says about it besides its chart: training data, card, coverage of
 * languages in words, and its HELM results by release and scenario.
 */
import { COVERAGE_LEVELS, coverageOf, type CoverageLevel } from '../coverage/coverage';
import type { Dataset } from '../data/load';
import type { Corpus, HelmResultRow, Language, Model } from '../data/schema';
import { sourceLink } from '../data/source-link';
import { bloomzEvaluationLanguages } from '../bloomz/queries';
import { HELM_PROJECTS, isHelmProjectId } from '../helm/projects';
import type { Unit } from '../data/units';
import { compareText } from '../chart/sort';

export interface CorpusFact {
  stage: 'pretraining' | 'finetuning';
  id: string;
  /** The corpus name, or what our sources say when it is not a known corpus. */
  name: string;
  note: string;
  source: { title: string; url: string } | null;
}

export function corpusFacts(ds: Dataset, model: Model): CorpusFact[] {
  const fact = (stage: CorpusFact['stage'], id: string): CorpusFact => {
    if (id === 'none') return { stage, id, name: 'none (pretrained only)', note: '', source: null };
    const corpus: Corpus | undefined = ds.corpora.get(id);
    if (!corpus) return { stage, id, name: id ? id : 'not in our sources', note: '', source: null };
    const s = ds.sources.get(corpus.source);
    return { stage, id, name: corpus.name, note: corpus.note, source: s ? { title: s.title, url: sourceLink(s) } : null };
  };
  return [fact('pretraining', model.pretraining_corpus), fact('finetuning', model.finetune_corpus)];
}

/** The model card: its Hugging Face repository when models.csv names one. */
export function modelCardUrl(model: Model): string | null {
  return model.hf_repo ? `https://huggingface.co/${model.hf_repo}` : null;
}

export interface CoverageWords {
  level: CoverageLevel;
  /** Languages the paper evaluated, at this level. */
  evaluated: Language[];
  /** How many of all languages.csv languages are at this level. */
  all: number;
}

/** Languages by coverage level: those the paper evaluated by name, all of languages.csv counted. */
export function coverageWords(ds: Dataset, model: Model): CoverageWords[] {
  const evaluated = new Set(bloomzEvaluationLanguages(ds).map((l) => l.code));
  return COVERAGE_LEVELS.map((level) => {
    const at = [...ds.languages.values()].filter((l) => l.script !== 'n/a' && coverageOf(model, l, ds.corpora).level === level);
    return { level, evaluated: at.filter((l) => evaluated.has(l.code)), all: at.length };
  }).filter((c) => c.all > 0);
}

export interface HelmResultLine {
  group: string;
  scenario: string;
  display: string;
  subset: string;
  metric: string;
  status: HelmResultRow['status'];
  published: string | null;
  unit: Unit;
  lowerIsBetter: boolean;
  flag: string;
}

export interface HelmRelease {
  project: string;
  name: string;
  release: string;
  site: string;
  lines: HelmResultLine[];
}

/** The model's HELM accuracy-tab results (the leaderboards' headline columns), one block per release. */
export function helmReleases(ds: Dataset, modelId: string): HelmRelease[] {
  const byRelease = new Map<string, HelmRelease>();
  for (const r of ds.helm) {
    if (r.model !== modelId || r.kind !== 'score' || !r.metric_tab.startsWith('Accuracy') || !isHelmProjectId(r.project)) continue;
    const key = `${r.project}@${r.release}`;
    let block = byRelease.get(key);
    if (!block) {
      const p = HELM_PROJECTS[r.project];
      byRelease.set(key, (block = { project: r.project, name: p.name, release: r.release, site: p.site, lines: [] }));
    }
    block.lines.push({ group: r.group, scenario: r.scenario, display: r.scenario_display, subset: r.subset, metric: r.metric, status: r.status, published: r.value?.text ?? null, unit: r.unit, lowerIsBetter: r.lower_is_better, flag: r.contamination });
  }
  return [...byRelease.values()];
}

/**
 * The same model under another id (the paper's BLOOM is HELM's BLOOM (176B)): the same Hugging
 * Face repository, which HELM's model list gives as its model id (models.csv helm_model_id).
 */
export function sameModelElsewhere(ds: Dataset, model: Model): Model[] {
  const names = (m: Model) => [m.hf_repo, m.helm_model_id].filter(Boolean);
  const mine = names(model);
  return [...ds.models.values()].filter((m) => m.id !== model.id && names(m).some((n) => mine.includes(n)));
}

/** Every model, the paper's first, then HELM's by name: pickers and the search index. */
export function allModels(ds: Dataset): Model[] {
  const models = [...ds.models.values()];
  return [...models.filter((m) => m.suite === 'bloomz'), ...models.filter((m) => m.suite !== 'bloomz').sort((a, b) => compareText(a.label, b.label))];
}
