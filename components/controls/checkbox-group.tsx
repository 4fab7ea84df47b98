'use client';

interface Option {
  value: string;
  label: string;
}

/** Multi-select as checkboxes; an empty selection means "no filter" and says so. */
export function CheckboxGroup({ legend, values, options, onChange, emptyLabel }: { legend: string; values: string[]; options: Option[]; onChange: (values: string[]) => void; emptyLabel: string }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            value={o.value}
            checked={values.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
          />
          {o.label}
        </label>
      ))}
      {values.length === 0 ? <span className="note">({emptyLabel})</span> : null}
    </fieldset>
  );
}
