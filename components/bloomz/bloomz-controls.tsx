'use client';

import { PROMPT_CHOICES, STAT_CHOICES, type PromptChoice, type StatChoice } from '@/lib/bloomz-catalog';
import type { BloomzSlice } from '@/lib/bloomz-slice';
import { MAX_MODELS, promptsOf, SORT_CHOICES, statsFor, type BloomzSpec, type BloomzSpecContext, type SortChoice } from '@/lib/bloomz-spec';
import { RadioGroup } from '@/components/controls/radio-group';

interface Props {
  ctx: BloomzSpecContext;
  spec: BloomzSpec;
  slice: BloomzSlice;
  onChange: (spec: BloomzSpec) => void;
}

export function BloomzControls({ ctx, spec, slice, onChange }: Props) {
  const prompts = promptsOf(ctx);
  const stats = statsFor(ctx, spec.prompt);
  const models = slice.models.filter((m) => ctx.modelIds.includes(m.id));
  const families = [...new Set(models.map((m) => m.family))];

  const setPrompt = (prompt: PromptChoice) => {
    const available = statsFor(ctx, prompt);
    onChange({ ...spec, prompt, stat: available.includes(spec.stat) ? spec.stat : available[0] });
  };
  const toggleModel = (id: string, on: boolean) => {
    const next = on ? [...spec.models, id] : spec.models.filter((m) => m !== id);
    if (next.length && next.length <= MAX_MODELS) onChange({ ...spec, models: next });
  };

  return (
    <form className="controls" aria-label="Chart settings" onSubmit={(e) => e.preventDefault()}>
      <RadioGroup
        legend="Prompts"
        name="prompt"
        value={spec.prompt}
        options={prompts.map((p) => ({ value: p, label: PROMPT_CHOICES[p].label }))}
        onChange={(v) => setPrompt(v as PromptChoice)}
      />
      <RadioGroup
        legend="Statistic"
        name="stat"
        value={spec.stat}
        options={stats.map((s) => ({ value: s, label: STAT_CHOICES[s].label }))}
        onChange={(v) => onChange({ ...spec, stat: v as StatChoice })}
      />
      <fieldset>
        <legend>Sort</legend>
        <label>
          <span className="visually-hidden">Sort categories by</span>
          <select value={spec.sort} onChange={(e) => onChange({ ...spec, sort: e.target.value as SortChoice })}>
            {(Object.keys(SORT_CHOICES) as SortChoice[]).map((s) => (
              <option key={s} value={s}>
                {SORT_CHOICES[s]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="model-picker">
        <legend>Models ({spec.models.length} shown)</legend>
        {families.map((family) => (
          <div className="family" key={family} role="group" aria-label={family}>
            <span className="family-name" aria-hidden="true">
              {family}
            </span>
            {models
              .filter((m) => m.family === family)
              .map((m) => (
                <label key={m.id}>
                  <input
                    type="checkbox"
                    name="models"
                    value={m.id}
                    checked={spec.models.includes(m.id)}
                    disabled={spec.models.length === 1 && spec.models[0] === m.id}
                    onChange={(e) => toggleModel(m.id, e.target.checked)}
                  />
                  <span className="swatch" style={{ background: m.color }} aria-hidden="true" />
                  {m.label}
                </label>
              ))}
          </div>
        ))}
      </fieldset>
    </form>
  );
}
