'use client';

interface Option {
  value: string;
  label: string;
}

export function SelectField({ legend, value, options, onChange }: { legend: string; value: string; options: Option[]; onChange: (value: string) => void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label>
        <span className="visually-hidden">{legend}</span>
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
