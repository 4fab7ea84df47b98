/** The model view's spec and choices, apart from its build: the controls need only these. */
import { PROMPT_CHOICE_IDS, type PromptChoice, type StatChoice } from '../bloomz/catalog';

export interface ModelSpec {
  prompt: PromptChoice;
  stat: StatChoice;
}

export interface ModelContext {
  model: string;
  combos: ModelSpec[];
}

export const modelPrompts = (ctx: ModelContext) => PROMPT_CHOICE_IDS.filter((p) => ctx.combos.some((c) => c.prompt === p));
export const modelStats = (ctx: ModelContext, prompt: PromptChoice) => ctx.combos.filter((c) => c.prompt === prompt).map((c) => c.stat);

