/**
 * The slice each view needs, built on the server from the dataset. Pages and embeds of
 * the same view get the same slice, so they show the same numbers.
 */
import { bloomzDatasetIds, bloomzEvaluationLanguages, bloomzModelsWithResults, multilingualDatasets } from '../bloomz/queries';
import { modelRanks } from '../bloomz/ranks';
import { bloomzSlice, packBloomzSlice, type PackedBloomzSlice } from '../bloomz/slice';
import type { Dataset } from '../data/load';
import { helmGroupParams } from '../helm/queries';
import { isHelmProjectId } from '../helm/projects';
import { helmGroupSlice, packHelmSlice, type PackedHelmSlice } from '../helm/slice';
import { DATASET_FACTS, isImportDataset } from '../importers/datasets';
import { helmSubject, parseHelmSubject } from './helm-leaderboard';
import type { ViewId } from './registry';
import { PROMPT_TABLE_METRIC } from './prompt-table';
import { NO_SUBJECT, VIEW_ROUTES } from './routes';
import type { PackedModelSlice } from './model-profile';

/** Per-language results of the multilingual datasets: the unseen, scaling and prompt views. */
export function multilingualSlice(ds: Dataset, opts: { withPrompts?: boolean; promptSets?: string[]; metrics?: string[] } = {}): PackedBloomzSlice {
  const datasets = new Set(multilingualDatasets(ds));
  return packBloomzSlice(
    bloomzSlice(
      ds,
      (r) => datasets.has(r.dataset) && r.language !== 'multi' && (!opts.promptSets || opts.promptSets.includes(r.prompt_set)) && (!opts.metrics || opts.metrics.includes(r.metric)),
      opts.withPrompts ? (r) => datasets.has(r.dataset) : undefined,
    ),
  );
}

export function promptTableSlice(ds: Dataset): PackedBloomzSlice {
  return packBloomzSlice(bloomzSlice(ds, (r) => r.metric === PROMPT_TABLE_METRIC));
}

export function viewSubjects(ds: Dataset, view: ViewId): string[] {
  if (view === 'helm') return helmGroupParams(ds).map((g) => helmSubject(g.project, g.group));
  if (view === 'task') return bloomzDatasetIds(ds);
  if (view === 'language') return bloomzEvaluationLanguages(ds).map((l) => l.code);
  if (view === 'model') return bloomzModelsWithResults(ds);
  return [NO_SUBJECT];
}

export function isViewSubject(ds: Dataset, view: ViewId, subject: string): boolean {
  return viewSubjects(ds, view).includes(subject);
}

// Slices depend only on the shipped data, which never changes while the server runs:
// build each (view, subject) once. Embeds render per request and reuse them.
const cache = new WeakMap<Dataset, Map<string, PackedBloomzSlice | PackedHelmSlice>>();

export function viewSlice(ds: Dataset, view: ViewId, subject: string): PackedBloomzSlice | PackedHelmSlice {
  let forData = cache.get(ds);
  if (!forData) cache.set(ds, (forData = new Map()));
  const key = `${view}\u0000${subject}`;
  let slice = forData.get(key);
  if (!slice) forData.set(key, (slice = buildViewSlice(ds, view, subject)));
  return slice;
}

function buildViewSlice(ds: Dataset, view: ViewId, subject: string): PackedBloomzSlice | PackedHelmSlice {
  switch (view) {
    case 'helm': {
      const { project, group } = parseHelmSubject(subject);
      if (!isHelmProjectId(project)) throw new Error(`not a HELM project: ${project}`);
      return packHelmSlice(helmGroupSlice(ds, project, group));
    }
    case 'task':
      // Every language your results can have on this dataset, named even where the paper has no number (XStoryCloze English).
      return packBloomzSlice(bloomzSlice(ds, (r) => r.dataset === subject && r.language !== 'multi', undefined, isImportDataset(subject) ? Object.values(DATASET_FACTS[subject].configs) : []));
    case 'language':
      return packBloomzSlice(bloomzSlice(ds, (r) => r.language === subject));
    case 'unseen':
      return multilingualSlice(ds);
    case 'spread':
      return multilingualSlice(ds, { withPrompts: true, promptSets: ['EN'], metrics: ['Median acc.'] });
    case 'scaling':
      return multilingualSlice(ds, { promptSets: ['EN', 'MT'], metrics: ['Median acc.', 'Max acc.'] });
    case 'prompts':
      return multilingualSlice(ds, { promptSets: ['EN', 'MT', 'HT'], metrics: ['Median acc.', 'Max acc.'] });
    case 'prompt-table':
      return promptTableSlice(ds);
    case 'model': {
      const packed: PackedModelSlice = { ...packBloomzSlice(bloomzSlice(ds, (r) => r.model === subject)), ranks: modelRanks(ds, subject) };
      return packed;
    }
  }
}

/**
 * The slice as JSON text, for a client component's props. React's payload parser revives
 * every value of an object prop one by one; a string crosses as one value and the browser
 * parses it natively (measured: the largest single task of a chart page's start-up).
 */
export type SliceJson = string & { readonly __slice: true };
const jsonCache = new WeakMap<object, SliceJson>();

export function viewSliceJson(ds: Dataset, view: ViewId, subject: string): SliceJson {
  const slice = viewSlice(ds, view, subject);
  let json = jsonCache.get(slice);
  if (!json) jsonCache.set(slice, (json = JSON.stringify(slice) as SliceJson));
  return json;
}

export function subjectOf(view: ViewId, subject: string): string {
  return VIEW_ROUTES[view].hasSubject ? subject : '';
}
