'use client';

import type { PromptChoice } from '@/lib/bloomz/catalog';
import type { BloomzSlice } from '@/lib/bloomz/slice';
import { COVERAGE_LABEL, COVERAGE_LEVELS, type CoverageLevel } from '@/lib/coverage/coverage';
import { CHART_CHOICES, MATRIX_OFFER_ABOVE, type ChartChoice } from '@/lib/views/chart-kind';
import { BARS_SORTS, barsFiltersSummary, withChart, MAX_MODELS, promptsOf, SHARE_BUCKETS, statsFor, type BarsContext, type BarsSort, type BarsSpec, type ShareBucket } from '@/lib/views/bloomz-bars';
import { CheckboxGroup } from '@/components/controls/checkbox-group';
import { ModelPicker } from '@/components/controls/model-picker';
import { RadioGroup } from '@/components/controls/radio-group';
import { SettingsForm } from '@/components/controls/settings-form';
import { PromptStatRadios } from './prompt-stat-radios';
import { DatasetSelect, SelectField } from '@/components/controls/select-field';
import { rememberPicks, useRememberedPicks } from '@/components/controls/use-remembered-picks';
import { compareHref } from '@/lib/models/picks';

interface Props {
  ctx: BarsContext;
  spec: BarsSpec;
  slice: BloomzSlice;
  title: string;
  onChange: (spec: BarsSpec) => void;
}

export function BarsControls({ ctx, spec, slice, title, onChange: change }: Props) {
  const onChange = (next: BarsSpec) => {
    if (next.models.join(',') !== spec.models.join(',')) rememberPicks(next.models);
    change(next);
  };
  useRememberedPicks(spec.models, ctx.modelIds, (models) => change({ ...spec, models }));
  const setPrompt = (prompt: PromptChoice) => {
    const available = statsFor(ctx, prompt);
    onChange({ ...spec, prompt, stat: available.includes(spec.stat) ? spec.stat : available[0] });
  };
  const firstModel = slice.models.find((m) => m.id === spec.models[0])?.label ?? 'the first model';
  const canMatrix = ctx.view !== 'unseen';
  const setChart = (chart: ChartChoice) => onChange(withChart(ctx, spec, chart));
  const sorts = (Object.keys(BARS_SORTS) as BarsSort[]).filter((s) => ctx.view !== 'language' || (s !== 'coverage' && s !== 'share'));
  return (
    <SettingsForm title={title}>
      {ctx.view === 'unseen' ? (
        <DatasetSelect value={spec.dataset} datasets={ctx.datasets} all="All multilingual datasets" onChange={(dataset) => onChange({ ...spec, dataset })} />
      ) : null}
      <PromptStatRadios prompt={spec.prompt} stat={spec.stat} prompts={promptsOf(ctx)} stats={statsFor(ctx, spec.prompt)} onPrompt={setPrompt} onStat={(stat) => onChange({ ...spec, stat })} />
      {canMatrix ? (
        <RadioGroup legend="Chart" name="chart" value={spec.chart} options={(Object.keys(CHART_CHOICES) as ChartChoice[]).map((c) => ({ value: c, label: CHART_CHOICES[c] }))} onChange={(v) => setChart(v as ChartChoice)} />
      ) : null}
      {canMatrix && spec.chart === 'bars' && spec.models.length > MATRIX_OFFER_ABOVE ? (
        <p className="note matrix-offer" role="status">
          {spec.models.length} models make {spec.models.length} thin bars per {ctx.view === 'task' ? 'language' : 'dataset'}.{' '}
          <button type="button" onClick={() => setChart('matrix')}>
            Show them as a matrix
          </button>
        </p>
      ) : null}
      <SelectField legend="Sort" value={spec.sort} options={sorts.map((s) => ({ value: s, label: BARS_SORTS[s] }))} onChange={(v) => onChange({ ...spec, sort: v as BarsSort })} />
      {/* Language filters and the model list are most of the controls' height: folded, the chart is on the first screen. */}
      <details className="more-controls">
        <summary>
          Filter languages, choose models <span className="note">({barsFiltersSummary(ctx, spec, firstModel)})</span>
        </summary>
        <div className="more-controls-body">
          {ctx.view !== 'language' ? (
            <>
              <CheckboxGroup
                legend={`Coverage for ${firstModel}`}
                values={spec.coverage}
                options={COVERAGE_LEVELS.map((c) => ({ value: c, label: COVERAGE_LABEL[c] }))}
                onChange={(v) => onChange({ ...spec, coverage: v as CoverageLevel[] })}
                emptyLabel="all languages"
              />
              <CheckboxGroup
                legend="Share of ROOTS"
                values={spec.share}
                options={(Object.keys(SHARE_BUCKETS) as ShareBucket[]).map((b) => ({ value: b, label: SHARE_BUCKETS[b] }))}
                onChange={(v) => onChange({ ...spec, share: v as ShareBucket[] })}
                emptyLabel="all languages"
              />
              {ctx.scripts.length > 1 ? (
                <CheckboxGroup legend="Script" values={spec.scripts} options={ctx.scripts.map((s) => ({ value: s, label: s }))} onChange={(scripts) => onChange({ ...spec, scripts })} emptyLabel="all scripts" />
              ) : null}
            </>
          ) : null}
          <ModelPicker models={slice.models.filter((m) => ctx.modelIds.includes(m.id))} selected={spec.models} onChange={(models) => onChange({ ...spec, models })} max={MAX_MODELS} first="sorting and the coverage filter follow it" />
          {spec.models.length > 2 ? (
            <button type="button" onClick={() => onChange({ ...spec, models: spec.models.slice(0, 2) })}>
              Only the first two ({spec.models.slice(0, 2).map((id) => slice.models.find((m) => m.id === id)?.label ?? id).join(' and ')})
            </button>
          ) : null}
        </div>
      </details>
      {spec.models.length >= 2 ? (
        <p className="note">
          <a href={compareHref(spec.models[0], spec.models[1])}>Compare the first two head to head</a> (every dataset and language, with Δ).
        </p>
      ) : null}
    </SettingsForm>
  );
}
