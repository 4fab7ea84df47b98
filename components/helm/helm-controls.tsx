'use client';

import { useId } from 'react';
import { RadioGroup } from '@/components/controls/radio-group';
import { HELM_MISSING, HELM_SORTS, MAX_QUERY_LENGTH, metricsOf, tabsOf, withScenario, withTab, type HelmLeaderboardSpec, type HelmSort, type HelmSpecContext } from '@/lib/helm/spec';

interface Props {
  ctx: HelmSpecContext;
  spec: HelmLeaderboardSpec;
  lowerIsBetter: boolean;
  onChange: (spec: HelmLeaderboardSpec) => void;
}

/** Native inputs only: every control works with the keyboard and a screen reader as is. */
export function HelmControls({ ctx, spec, lowerIsBetter, onChange }: Props) {
  const id = useId();
  const tabs = tabsOf(ctx, spec.scenario);
  const metrics = metricsOf(ctx, spec.scenario, spec.tab);
  return (
    <form className="controls" aria-label="Leaderboard settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Scenario</legend>
        <label htmlFor={`${id}-scenario`} className="visually-hidden">
          Scenario
        </label>
        <select id={`${id}-scenario`} name="scenario" value={spec.scenario} onChange={(e) => onChange(withScenario(ctx, spec, e.target.value))}>
          {ctx.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </fieldset>
      <RadioGroup legend="Metric tab" name="tab" value={spec.tab} options={tabs.map((t) => ({ value: t.id, label: t.label }))} onChange={(v) => onChange(withTab(ctx, spec, v))} />
      <fieldset>
        <legend>Metric</legend>
        <label htmlFor={`${id}-metric`} className="visually-hidden">
          Metric
        </label>
        <select id={`${id}-metric`} name="metric" value={spec.metric} onChange={(e) => onChange({ ...spec, metric: e.target.value })} disabled={metrics.length < 2}>
          {metrics.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <span className="note"> {lowerIsBetter ? 'lower is better' : 'higher is better'}</span>
      </fieldset>
      <fieldset>
        <legend>Models</legend>
        <label htmlFor={`${id}-q`}>Filter by name</label>{' '}
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={spec.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="e.g. BLOOM, LLaMA"
          autoComplete="off"
          onChange={(e) => onChange({ ...spec, q: e.target.value })}
        />
        <label>
          <input type="checkbox" name="missing" checked={spec.missing === 'hide'} onChange={(e) => onChange({ ...spec, missing: e.target.checked ? 'hide' : 'show' })} />
          {HELM_MISSING.hide}
        </label>
      </fieldset>
      <fieldset>
        <legend>Sort</legend>
        <label htmlFor={`${id}-sort`} className="visually-hidden">
          Sort models by
        </label>
        <select id={`${id}-sort`} name="sort" value={spec.sort} onChange={(e) => onChange({ ...spec, sort: e.target.value as HelmSort })}>
          {(Object.keys(HELM_SORTS) as HelmSort[]).map((s) => (
            <option key={s} value={s}>
              {HELM_SORTS[s]}
            </option>
          ))}
        </select>
      </fieldset>
    </form>
  );
}
