/**
 * Every chart view, by id. Client components look views up here (functions cannot
 * cross from server to browser); pages and embeds pass the id, the subject and a slice.
 */
import type { BloomzSlice } from '../bloomz-slice';
import { languageView, taskView, unseenView } from './bloomz-bars';
import { promptCompareView } from './prompt-compare';
import { promptSpreadView } from './prompt-spread';
import { promptTableView } from './prompt-table';
import { scalingView } from './scaling';
import type { ViewDef } from './types';

export const BLOOMZ_VIEWS = {
  task: taskView,
  language: languageView,
  unseen: unseenView,
  prompts: promptCompareView,
  'prompt-table': promptTableView,
  scaling: scalingView,
  spread: promptSpreadView,
} as const;

export type BloomzViewId = keyof typeof BLOOMZ_VIEWS;

export function isBloomzViewId(id: string): id is BloomzViewId {
  return Object.hasOwn(BLOOMZ_VIEWS, id);
}

// The registry is heterogeneous by design; callers go through this erased signature.
export function bloomzView(id: BloomzViewId): ViewDef<unknown, BloomzSlice, unknown> {
  return BLOOMZ_VIEWS[id] as unknown as ViewDef<unknown, BloomzSlice, unknown>;
}
