'use client';

import { datasetInfo } from '@/lib/bloomz/catalog';

interface Option {
  value: string;
  label: string;
}

/** The <option>s of a <select>. */
export function Options({ options }: { options: readonly Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

export function SelectField({ legend, value, options, onChange }: { legend: string; value: string; options: Option[]; onChange: (value: string) => void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label>
        <span className="visually-hidden">{legend}</span>
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <Options options={options} />
        </select>
      </label>
    </fieldset>
  );
}

/** A choice of BLOOMZ/mT0-paper dataset by name, optionally with an "all" choice first (value 'all'). */
export function DatasetSelect({ value, datasets, all, onChange }: { value: string; datasets: readonly string[]; all?: string; onChange: (dataset: string) => void }) {
  const options = datasets.map((d) => ({ value: d, label: datasetInfo(d).name }));
  return <SelectField legend="Dataset" value={value} options={all ? [{ value: 'all', label: all }, ...options] : options} onChange={onChange} />;
}
