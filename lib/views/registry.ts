/**
 * Every chart view, by id. Client components look views up here (functions cannot
 * cross from server to browser); pages and embeds pass the id, the subject and a slice.
 */
import { languageView, taskView, unseenView } from './bloomz-bars';
import { helmLeaderboardView } from './helm-leaderboard';
import { modelView } from './model-profile';
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
  model: modelView,
} as const;

export const VIEWS = { ...BLOOMZ_VIEWS, helm: helmLeaderboardView } as const;

export type ViewId = keyof typeof VIEWS;
export type BloomzViewId = keyof typeof BLOOMZ_VIEWS;

export function isViewId(id: string): id is ViewId {
  return Object.hasOwn(VIEWS, id);
}

// The registry is heterogeneous by design; callers go through this erased signature.
export function viewDef(id: ViewId): ViewDef<unknown, unknown, unknown> {
  return VIEWS[id] as unknown as ViewDef<unknown, unknown, unknown>;
}
