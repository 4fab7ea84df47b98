'use client';

import { PROMPT_CHOICES, STAT_CHOICES, type PromptChoice, type StatChoice } from '@/lib/bloomz/catalog';
import { RadioGroup } from '@/components/controls/radio-group';

/** The BLOOMZ views' two first choices: which prompts, and which statistic over them. */
export function PromptStatRadios({
  prompt,
  stat,
  prompts,
  stats,
  onPrompt,
  onStat,
}: {
  prompt: PromptChoice;
  stat: StatChoice;
  prompts: readonly PromptChoice[];
  /** The statistics published for the chosen prompts. */
  stats: readonly StatChoice[];
  onPrompt: (prompt: PromptChoice) => void;
  onStat: (stat: StatChoice) => void;
}) {
  return (
    <>
      <RadioGroup legend="Prompts" name="prompt" value={prompt} options={prompts.map((p) => ({ value: p, label: PROMPT_CHOICES[p].label }))} onChange={(v) => onPrompt(v as PromptChoice)} />
      <RadioGroup legend="Statistic" name="stat" value={stat} options={stats.map((s) => ({ value: s, label: STAT_CHOICES[s].label }))} onChange={(v) => onStat(v as StatChoice)} />
    </>
  );
}
