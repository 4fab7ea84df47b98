'use client';

import '@/components/models/models.css';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchEntry } from '@/lib/site/search-match';

type Matcher = typeof import('@/lib/site/search-match');

/**
 * One box that jumps to a model, language, dataset or HELM scenario (the ARIA combobox
 * pattern: arrows move, Enter goes, Escape closes then clears). The index is fetched on
 * first focus, so it is no part of any page's first load.
 */
export function SiteSearch() {
  const id = useId();
  const router = useRouter();
  const [index, setIndex] = useState<{ entries: SearchEntry[]; match: Matcher } | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const loading = useRef(false);
  const results = index ? index.match.searchEntries(index.entries, query) : [];
  const shown = open && query.trim() !== '';

  const load = () => {
    if (index || loading.current) return;
    loading.current = true;
    // The matching code arrives with the index, on first focus.
    Promise.all([fetch('/search-index.json').then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))), import('@/lib/site/search-match')])
      .then(([entries, match]: [SearchEntry[], Matcher]) => setIndex({ entries, match }))
      .catch(() => {
        loading.current = false;
        setFailed(true);
      });
  };
  const go = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    setOpen(false);
    setQuery('');
    router.push(entry.href);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (results.length) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % results.length : (a - 1 + results.length) % results.length));
    } else if (e.key === 'Enter') {
      if (shown && results.length) {
        e.preventDefault();
        go(results[Math.min(active, results.length - 1)]);
      }
    } else if (e.key === 'Escape') {
      if (shown) setOpen(false);
      else setQuery('');
    }
  };
  const status = !shown ? '' : failed ? 'The search index could not be loaded.' : !index ? 'Loading…' : results.length ? `${results.length} results; arrow keys to choose, Enter to go.` : 'Nothing found.';
  return (
    <div className="site-search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search models, languages, datasets and HELM scenarios
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={shown && results.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown && results.length ? `${id}-opt-${Math.min(active, results.length - 1)}` : undefined}
        placeholder="Search: model, language, dataset…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={load}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Search results" hidden={!shown || !results.length}>
        {shown
          ? results.map((r, i) => (
              <li
                key={`${r.kind}-${r.href}`}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === Math.min(active, results.length - 1)}
                // mousedown, not click: it comes before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(r);
                }}
              >
                {r.label}
                <span className="note">
                  {index?.match.SEARCH_KINDS[r.kind]}
                  {r.detail ? `, ${r.detail}` : ''}
                </span>
              </li>
            ))
          : null}
      </ul>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
