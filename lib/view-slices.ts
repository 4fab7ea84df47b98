/**
 * The slice each view needs, built on the server from the dataset. Pages and embeds of
 * the same view get the same slice, so they show the same numbers.
 */
import { multilingualSlice, promptTableSlice } from './bloomz-pages';
import { bloomzDatasetIds, bloomzEvaluationLanguages } from './bloomz-queries';
import { bloomzSlice, packBloomzSlice, type PackedBloomzSlice } from './bloomz-slice';
import type { Dataset } from './load';
import type { BloomzViewId } from './views/registry';
import { NO_SUBJECT, VIEW_ROUTES } from './views/routes';

export function viewSubjects(ds: Dataset, view: BloomzViewId): string[] {
  if (view === 'task') return bloomzDatasetIds(ds);
  if (view === 'language') return bloomzEvaluationLanguages(ds).map((l) => l.code);
  return [NO_SUBJECT];
}

export function isViewSubject(ds: Dataset, view: BloomzViewId, subject: string): boolean {
  return viewSubjects(ds, view).includes(subject);
}

export function viewSlice(ds: Dataset, view: BloomzViewId, subject: string): PackedBloomzSlice {
  switch (view) {
    case 'task':
      return packBloomzSlice(bloomzSlice(ds, (r) => r.dataset === subject && r.language !== 'multi'));
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
  }
}

export function subjectOf(view: BloomzViewId, subject: string): string {
  return VIEW_ROUTES[view].hasSubject ? subject : '';
}
