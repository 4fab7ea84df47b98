'use client';

import { chosenColor } from '@/lib/chart/palette';
import { useId, useState } from 'react';
import type { SliceModel } from '@/lib/bloomz/slice';
import { formatParams } from '@/lib/chart/format';
import { modelPath } from '@/lib/url/paths';
import { NameLink } from '@/components/tables/cell-rank';

const FINETUNE_NAMES: Record<string, string> = { xp3: 'xP3', xp3mt: 'xP3mt', p3: 'P3', none: 'none (pretrained only)', sni: 'Super-NaturalInstructions' };

/**
 * Checkboxes for the chart's models, with filters that narrow the list (family,
 * finetuning data, size, name). The filters only help picking; the chart shows exactly
 * the checked models, which is what the URL stores.
 */
/** `first`: what follows the first chosen model on this chart, said beside it, since unticking or ticking models changes which one is first. */
export function ModelPicker({ models, selected, onChange, max, first }: { models: SliceModel[]; selected: string[]; onChange: (ids: string[]) => void; max: number; first?: string }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [family, setFamily] = useState('');
  const [finetune, setFinetune] = useState('');
  const [minParams, setMinParams] = useState('');
  const [maxParams, setMaxParams] = useState('');
  const families = [...new Set(models.map((m) => m.family))];
  const finetunes = [...new Set(models.map((m) => m.finetuneCorpus))];
  const sizes = [...new Set(models.map((m) => m.params).filter((p): p is number => p !== null))].sort((a, b) => a - b);
  const q = query.trim().toLowerCase();
  const listed = models.filter(
    (m) =>
      (!q || m.label.toLowerCase().includes(q) || m.id.toLowerCase().includes(q)) &&
      (!family || m.family === family) &&
      (!finetune || m.finetuneCorpus === finetune) &&
      (!minParams || (m.params ?? 0) >= Number(minParams)) &&
      (!maxParams || (m.params ?? Infinity) <= Number(maxParams)),
  );
  const toggle = (modelId: string, on: boolean) => {
    const next = on ? [...selected, modelId] : selected.filter((s) => s !== modelId);
    if (next.length && next.length <= max) onChange(next);
  };
  const selectListed = () => onChange([...selected, ...listed.map((m) => m.id).filter((m) => !selected.includes(m))].slice(0, max));
  const clearListed = () => {
    const next = selected.filter((s) => !listed.some((m) => m.id === s));
    onChange(next.length ? next : [selected[0]]);
  };

  return (
    <fieldset className="model-picker">
      <legend>
        Models ({selected.length} shown; the first one is the reference for sorting and coverage filters)
      </legend>
      <div className="picker-filters">
        <label>
          Find
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="model name" aria-controls={`${id}-list`} />
        </label>
        <label>
          Family
          <select value={family} onChange={(e) => setFamily(e.target.value)}>
            <option value="">all</option>
            {families.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </label>
        <label>
          Finetuned on
          <select value={finetune} onChange={(e) => setFinetune(e.target.value)}>
            <option value="">any</option>
            {finetunes.map((f) => (
              <option key={f} value={f}>
                {FINETUNE_NAMES[f] ?? (f || 'unknown')}
              </option>
            ))}
          </select>
        </label>
        <SizeSelect label="Size at least" sizes={sizes} value={minParams} onChange={setMinParams} />
        <SizeSelect label="Size at most" sizes={sizes} value={maxParams} onChange={setMaxParams} />
        <button type="button" onClick={selectListed} disabled={!listed.length}>
          Show all listed
        </button>
        <button type="button" onClick={clearListed} disabled={!listed.some((m) => selected.includes(m.id))}>
          Hide all listed
        </button>
      </div>
      {/* The count is announced, not the whole list again on every keystroke of the name filter. */}
      <p className="visually-hidden" role="status">
        {listed.length === 0 ? 'No model matches these filters.' : `${listed.length} of ${models.length} models listed.`}
      </p>
      <div id={`${id}-list`}>
        {listed.length === 0 ? <p className="note">No model matches these filters.</p> : null}
        {families
          .filter((f) => listed.some((m) => m.family === f))
          .map((f) => (
            <div className="family" key={f} role="group" aria-label={f}>
              <span className="family-name" aria-hidden="true">
                {f}
              </span>
              {listed
                .filter((m) => m.family === f)
                .map((m) => (
                  <span className="picker-model" key={m.id}>
                  <label title={`${m.family}, ${m.paramsLabel || formatParams(m.params)}, finetuned on ${m.finetune}`}>
                    <input
                      type="checkbox"
                      name="models"
                      value={m.id}
                      checked={selected.includes(m.id)}
                      disabled={selected.length === 1 && selected[0] === m.id}
                      onChange={(e) => toggle(m.id, e.target.checked)}
                    />
                    {/* The colour it is drawn in: by its place among the chosen (lib/chart/palette.ts chosenColor). */}
                    <span className="swatch" style={{ background: selected.includes(m.id) ? chosenColor(selected.indexOf(m.id)) : 'transparent' }} aria-hidden="true" />
                    {m.label}
                    {first && selected[0] === m.id ? <span className="note"> (first chosen: {first})</span> : null}
                  </label>
                  <NameLink href={modelPath(m.id)} name={m.label} />
                  </span>
                ))}
            </div>
          ))}
      </div>
    </fieldset>
  );
}

function SizeSelect({ label, sizes, value, onChange }: { label: string; sizes: number[]; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">any</option>
        {sizes.map((s) => (
          <option key={s} value={String(s)}>
            {formatParams(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
