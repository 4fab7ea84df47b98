'use client';

import { STAT_CHOICES } from '@/lib/bloomz/catalog';
import type { BloomzSlice } from '@/lib/bloomz/slice';
import { COVERAGE_LABEL, COVERAGE_LEVELS, type CoverageLevel } from '@/lib/coverage/coverage';
import type { BarsContext, BarsSpec } from '@/lib/views/bloomz-bars';
import type { PromptCompareContext, PromptCompareSpec } from '@/lib/views/prompt-compare';
import type { SpreadContext, SpreadSpec } from '@/lib/views/prompt-spread';
import { PROMPT_TABLE_VERSIONS, type PromptTableContext, type PromptTableSpec } from '@/lib/views/prompt-table';
import type { ViewId } from '@/lib/views/registry';
import type { ChartData } from '@/lib/chart/data';
import type { HelmLeaderboardSpec, HelmSpecContext } from '@/lib/helm/spec';
import { HelmControls } from '@/components/helm/helm-controls';
import type { ScalingContext, ScalingSpec } from '@/lib/views/scaling';
import { CheckboxGroup } from '@/components/controls/checkbox-group';
import { ModelPicker } from '@/components/controls/model-picker';
import { RadioGroup } from '@/components/controls/radio-group';
import { SettingsForm } from '@/components/controls/settings-form';
import { DatasetSelect, SelectField } from '@/components/controls/select-field';
import { BarsControls } from './bars-controls';
import { ModelControls } from './model-controls';
import type { ModelContext, ModelSpec } from '@/lib/views/model-choices';

interface Props {
  view: ViewId;
  ctx: unknown;
  spec: unknown;
  slice: unknown;
  data: ChartData;
  onChange: (spec: unknown) => void;
}

const STAT_OPTIONS = (['median', 'max'] as const).map((s) => ({ value: s, label: STAT_CHOICES[s].label }));

interface KindProps<C, S> {
  c: C;
  s: S;
  slice: BloomzSlice;
  title: string;
  /** Typed loosely like the registry's onChange: the controls hand over values as strings. */
  onChange: (spec: unknown) => void;
}

/** The controls of each view; the spec and context types match the view id (see lib/views/registry). */
export function ViewControls({ view, ctx, spec, slice: anySlice, data, onChange }: Props) {
  const title = data.title;
  if (view === 'helm') return <HelmControls ctx={ctx as HelmSpecContext} spec={spec as HelmLeaderboardSpec} lowerIsBetter={data.lowerIsBetter} onChange={onChange} />;
  const slice = anySlice as BloomzSlice;
  switch (view) {
    case 'task':
    case 'language':
    case 'unseen':
      return <BarsControls ctx={ctx as BarsContext} spec={spec as BarsSpec} slice={slice} title={title} onChange={onChange} />;
    case 'model':
      return <ModelControls ctx={ctx as ModelContext} spec={spec as ModelSpec} title={title} onChange={onChange} />;
    case 'prompts':
      return <PromptCompareControls c={ctx as PromptCompareContext} s={spec as PromptCompareSpec} slice={slice} title={title} onChange={onChange} />;
    case 'prompt-table':
      return <PromptTableControls c={ctx as PromptTableContext} s={spec as PromptTableSpec} slice={slice} title={title} onChange={onChange} />;
    case 'scaling':
      return <ScalingControls c={ctx as ScalingContext} s={spec as ScalingSpec} slice={slice} title={title} onChange={onChange} />;
    case 'spread':
      return <SpreadControls c={ctx as SpreadContext} s={spec as SpreadSpec} slice={slice} title={title} onChange={onChange} />;
  }
}

function PromptCompareControls({ c, s, slice, title, onChange }: KindProps<PromptCompareContext, PromptCompareSpec>) {
  const models = c.modelsByDataset[s.dataset] ?? [];
  return (
    <SettingsForm title={title}>
      <DatasetSelect
        value={s.dataset}
        datasets={c.datasets}
        onChange={(dataset) => {
          const available = c.modelsByDataset[dataset] ?? [];
          onChange({ ...s, dataset, model: available.includes(s.model) ? s.model : available[0] });
        }}
      />
      <SelectField legend="Model" value={s.model} options={slice.models.filter((m) => models.includes(m.id)).map((m) => ({ value: m.id, label: m.label }))} onChange={(model) => onChange({ ...s, model })} />
      <RadioGroup legend="Statistic" name="stat" value={s.stat} options={STAT_OPTIONS} onChange={(stat) => onChange({ ...s, stat })} />
    </SettingsForm>
  );
}

function PromptTableControls({ c, s, slice, title, onChange }: KindProps<PromptTableContext, PromptTableSpec>) {
  return (
    <SettingsForm title={title}>
      <RadioGroup
        legend="Published version"
        name="version"
        value={s.version}
        options={Object.entries(PROMPT_TABLE_VERSIONS).map(([value, v]) => ({ value, label: v.label }))}
        onChange={(version) => onChange({ ...s, version })}
      />
      <ModelPicker models={slice.models.filter((m) => c.models.includes(m.id))} selected={s.models} onChange={(models) => onChange({ ...s, models })} max={c.models.length} />
    </SettingsForm>
  );
}

function ScalingControls({ c, s, title, onChange }: KindProps<ScalingContext, ScalingSpec>) {
  return (
    <SettingsForm title={title}>
      <DatasetSelect value={s.dataset} datasets={c.datasets} onChange={(dataset) => onChange({ ...s, dataset })} />
      <RadioGroup
        legend="Prompts"
        name="prompt"
        value={s.prompt}
        options={[
          { value: 'EN', label: 'English (EN)' },
          { value: 'MT', label: 'Machine-translated (MT)' },
        ]}
        onChange={(prompt) => onChange({ ...s, prompt })}
      />
      <RadioGroup legend="Statistic" name="stat" value={s.stat} options={STAT_OPTIONS} onChange={(stat) => onChange({ ...s, stat })} />
      <CheckboxGroup
        legend="Model lines"
        values={s.lines}
        options={c.lines.map((l) => ({ value: l.key, label: l.label }))}
        onChange={(lines) => (lines.length ? onChange({ ...s, lines }) : undefined)}
        emptyLabel="pick at least one"
      />
    </SettingsForm>
  );
}

function SpreadControls({ c, s, slice, title, onChange }: KindProps<SpreadContext, SpreadSpec>) {
  return (
    <SettingsForm title={title}>
      <DatasetSelect value={s.dataset} datasets={c.datasets} all="All datasets" onChange={(dataset) => onChange({ ...s, dataset })} />
      <CheckboxGroup
        legend={`Coverage for ${slice.models.find((m) => m.id === s.models[0])?.label ?? 'the first model'}`}
        values={s.coverage}
        options={COVERAGE_LEVELS.map((l) => ({ value: l, label: COVERAGE_LABEL[l] }))}
        onChange={(coverage) => onChange({ ...s, coverage: coverage as CoverageLevel[] })}
        emptyLabel="all languages"
      />
      <ModelPicker models={slice.models.filter((m) => c.models.includes(m.id))} selected={s.models} onChange={(models) => onChange({ ...s, models })} max={8} />
    </SettingsForm>
  );
}
