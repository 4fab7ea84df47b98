/**
 * One JSON file per view in its default state, for the static export (out/data/views/<view>/<subject>.json):
 * the ChartData the page's chart, table and CSV download show, built by the same ViewDef (resolveView).
 */
import type { ChartData } from '../chart/data';
import type { Dataset } from '../data/load';
import { VIEWS, type ViewId } from './registry';
import { resolveView } from './resolve';
import { viewSubjects } from './slices';

export interface ViewFile {
  /** Relative to the export's root, e.g. data/views/task/xnli.json. */
  path: string;
  data: ChartData;
}

export function defaultViewFiles(ds: Dataset): ViewFile[] {
  return (Object.keys(VIEWS) as ViewId[]).flatMap((view) =>
    viewSubjects(ds, view).map((subject) => ({
      path: `data/views/${view}/${encodeURIComponent(subject)}.json`,
      data: resolveView(ds, { view, subject }, new URLSearchParams()).data,
    })),
  );
}
