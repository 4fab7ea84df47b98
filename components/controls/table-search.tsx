'use client';

import { useState } from 'react';

/** Hides the rows of a table whose data-search text does not contain the query; returns how many stay. */
function filterRows(tableId: string, query: string): number {
  const q = query.trim().toLowerCase();
  let count = 0;
  for (const row of document.querySelectorAll<HTMLTableRowElement>(`#${tableId} tbody tr`)) {
    const match = !q || (row.dataset.search ?? row.textContent ?? '').toLowerCase().includes(q);
    row.hidden = !match;
    if (match) count++;
  }
  return count;
}

/**
 * A search box over a server-rendered table: the rows stay server HTML (nothing to
 * hydrate); the box only hides the ones that do not match.
 */
export function TableSearch({ tableId, label, placeholder }: { tableId: string; label: string; placeholder: string }) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  return (
    <p className="controls">
      <label>
        {label}
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            const count = filterRows(tableId, e.target.value);
            setShown(e.target.value.trim() ? count : null);
          }}
          placeholder={placeholder}
          aria-controls={tableId}
        />
      </label>
      <span role="status" className="note">
        {shown === null ? '' : `${shown} shown`}
      </span>
    </p>
  );
}
