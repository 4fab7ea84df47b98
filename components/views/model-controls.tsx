'use client';

import { PROMPT_CHOICES, STAT_CHOICES, type PromptChoice, type StatChoice } from '@/lib/bloomz/catalog';
import { modelPrompts, modelStats, type ModelContext, type ModelSpec } from '@/lib/views/model-choices';
import { RadioGroup } from '@/components/controls/radio-group';
import { SettingsForm } from '@/components/controls/settings-form';

export function ModelControls({ ctx, spec, title, onChange }: { ctx: ModelContext; spec: ModelSpec; title: string; onChange: (spec: ModelSpec) => void }) {
  const setPrompt = (prompt: PromptChoice) => {
    const stats = modelStats(ctx, prompt);
    onChange({ prompt, stat: stats.includes(spec.stat) ? spec.stat : stats[0] });
  };
  return (
    <SettingsForm title={title}>
      <RadioGroup legend="Prompts" name="prompt" value={spec.prompt} options={modelPrompts(ctx).map((p) => ({ value: p, label: PROMPT_CHOICES[p].label }))} onChange={(v) => setPrompt(v as PromptChoice)} />
      <RadioGroup
        legend="Statistic"
        name="stat"
        value={spec.stat}
        options={modelStats(ctx, spec.prompt).map((s) => ({ value: s, label: STAT_CHOICES[s].label }))}
        onChange={(v) => onChange({ ...spec, stat: v as StatChoice })}
      />
    </SettingsForm>
  );
}
