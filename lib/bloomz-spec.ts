/**
 * The chart spec of the BLOOMZ/mT0 views (per task, per language) and its one URL codec.
 * Only non-default state is written; every value read from a URL is validated, and a
 * bad value becomes a readable problem while the valid parts of the URL are kept.
 */
import { DEFAULT_TASK_MODELS, PROMPT_CHOICE_IDS, PROMPT_CHOICES, STAT_CHOICE_IDS, STAT_CHOICES, type PromptChoice, type StatChoice } from './bloomz-catalog';
import type { BloomzSlice, SliceRow } from './bloomz-slice';
import { readParam, type ParamSource } from './url-params';

export const SORT_CHOICES = {
  paper: 'Paper order',
  name: 'Name (A–Z)',
  value: 'Value of the first model',
} as const;
export type SortChoice = keyof typeof SORT_CHOICES;
const SORT_IDS = Object.keys(SORT_CHOICES) as SortChoice[];

export type BloomzView = 'task' | 'language';

export interface BloomzSpec {
  view: BloomzView;
  /** Dataset id for the task view, language code for the language view (from the path). */
  subject: string;
  prompt: PromptChoice;
  stat: StatChoice;
  models: string[];
  sort: SortChoice;
}

export interface BloomzSpecContext {
  view: BloomzView;
  subject: string;
  /** Models that have at least one number for this subject, in display order. */
  modelIds: string[];
  /** The prompt × statistic combinations the data has for this subject. */
  combos: { prompt: PromptChoice; stat: StatChoice }[];
  defaultModels: string[];
}

export const MAX_MODELS = 30;

export function subjectRows(view: BloomzView, subject: string, rows: readonly SliceRow[]): SliceRow[] {
  return rows.filter((r) => (view === 'task' ? r.dataset === subject : r.language === subject));
}

export function bloomzSpecContext(view: BloomzView, subject: string, slice: BloomzSlice): BloomzSpecContext {
  const rows = subjectRows(view, subject, slice.rows);
  const withData = new Set(rows.map((r) => r.model));
  const modelIds = slice.models.map((m) => m.id).filter((id) => withData.has(id));
  const combos: BloomzSpecContext['combos'] = [];
  for (const prompt of PROMPT_CHOICE_IDS) {
    for (const stat of STAT_CHOICE_IDS) {
      const has = rows.some((r) => r.promptSet === PROMPT_CHOICES[prompt].promptSet && r.metric === STAT_CHOICES[stat].metric);
      if (has) combos.push({ prompt, stat });
    }
  }
  const preferred = DEFAULT_TASK_MODELS.filter((id) => withData.has(id));
  return { view, subject, modelIds, combos, defaultModels: preferred.length ? preferred : modelIds.slice(0, 5) };
}

export function statsFor(ctx: BloomzSpecContext, prompt: PromptChoice): StatChoice[] {
  return ctx.combos.filter((c) => c.prompt === prompt).map((c) => c.stat);
}

export function promptsOf(ctx: BloomzSpecContext): PromptChoice[] {
  return PROMPT_CHOICE_IDS.filter((p) => ctx.combos.some((c) => c.prompt === p));
}

export function defaultBloomzSpec(ctx: BloomzSpecContext): BloomzSpec {
  const prompt = promptsOf(ctx)[0] ?? 'EN';
  return { view: ctx.view, subject: ctx.subject, prompt, stat: statsFor(ctx, prompt)[0] ?? 'median', models: [...ctx.defaultModels], sort: 'paper' };
}

export interface Decoded<S> {
  spec: S;
  problems: string[];
}

export function decodeBloomzSpec(params: ParamSource, ctx: BloomzSpecContext): Decoded<BloomzSpec> {
  const spec = defaultBloomzSpec(ctx);
  const problems: string[] = [];
  const prompts = promptsOf(ctx);

  const prompt = readParam(params, 'prompt');
  if (prompt !== null) {
    if ((prompts as string[]).includes(prompt)) spec.prompt = prompt as PromptChoice;
    else problems.push(`prompt=${prompt} is not available here (choose ${prompts.join(', ')}); showing ${spec.prompt}.`);
  }
  const stats = statsFor(ctx, spec.prompt);
  spec.stat = stats[0] ?? spec.stat;
  const stat = readParam(params, 'stat');
  if (stat !== null) {
    if ((stats as string[]).includes(stat)) spec.stat = stat as StatChoice;
    else problems.push(`stat=${stat} is not available with ${spec.prompt} prompts (choose ${stats.join(', ')}); showing ${stats[0]}.`);
  }

  const models = readParam(params, 'models');
  if (models !== null) {
    const asked = [...new Set(models.split(',').map((m) => m.trim()).filter(Boolean))];
    const known = asked.filter((m) => ctx.modelIds.includes(m)).slice(0, MAX_MODELS);
    const unknown = asked.filter((m) => !ctx.modelIds.includes(m));
    if (unknown.length) problems.push(`models: ${unknown.slice(0, 5).map((m) => JSON.stringify(m)).join(', ')}${unknown.length > 5 ? ' …' : ''} ${unknown.length === 1 ? 'is' : 'are'} not a model with results here; ignored.`);
    if (asked.filter((m) => ctx.modelIds.includes(m)).length > MAX_MODELS) problems.push(`models: at most ${MAX_MODELS} models can be shown; the rest were ignored.`);
    if (known.length) spec.models = known;
    else problems.push('models: no known model left; showing the default models.');
  }

  const sort = readParam(params, 'sort');
  if (sort !== null) {
    if ((SORT_IDS as string[]).includes(sort)) spec.sort = sort as SortChoice;
    else problems.push(`sort=${sort} is not one of ${SORT_IDS.join(', ')}; showing ${spec.sort}.`);
  }
  return { spec, problems };
}

/** Search params holding only what differs from the default view. */
export function encodeBloomzSpec(spec: BloomzSpec, ctx: BloomzSpecContext): URLSearchParams {
  const d = defaultBloomzSpec(ctx);
  const out = new URLSearchParams();
  if (spec.prompt !== d.prompt) out.set('prompt', spec.prompt);
  if (spec.stat !== statsFor(ctx, spec.prompt)[0]) out.set('stat', spec.stat);
  if (spec.models.join(',') !== d.models.join(',')) out.set('models', spec.models.join(','));
  if (spec.sort !== d.sort) out.set('sort', spec.sort);
  return out;
}
