'use client';

import { useId } from 'react';

interface Option {
  value: string;
  label: string;
}

export function RadioGroup({ legend, name, value, options, onChange }: { legend: string; name: string; value: string; options: Option[]; onChange: (value: string) => void }) {
  // Several charts can share a page: radio names must not collide between them.
  const groupName = `${name}-${useId()}`;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={groupName} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
