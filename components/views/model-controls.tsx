'use client';

import type { PromptChoice } from '@/lib/bloomz/catalog';
import { modelPrompts, modelStats, type ModelContext, type ModelSpec } from '@/lib/views/model-choices';
import { SettingsForm } from '@/components/controls/settings-form';
import { PromptStatRadios } from './prompt-stat-radios';

export function ModelControls({ ctx, spec, title, onChange }: { ctx: ModelContext; spec: ModelSpec; title: string; onChange: (spec: ModelSpec) => void }) {
  const setPrompt = (prompt: PromptChoice) => {
    const stats = modelStats(ctx, prompt);
    onChange({ prompt, stat: stats.includes(spec.stat) ? spec.stat : stats[0] });
  };
  return (
    <SettingsForm title={title}>
      <PromptStatRadios prompt={spec.prompt} stat={spec.stat} prompts={modelPrompts(ctx)} stats={modelStats(ctx, spec.prompt)} onPrompt={setPrompt} onStat={(stat) => onChange({ ...spec, stat })} />
    </SettingsForm>
  );
}
