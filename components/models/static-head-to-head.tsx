'use client';

import { useEffect, useState } from 'react';
import type { H2HResult, PackedCompareData } from '@/lib/models/compare-data';
import { HeadToHead } from './head-to-head';

/**
 * The static export has no server to read the URL: it prerenders the default pair, and after
 * mount (never in the first render, which must match the HTML) reads the URL and the
 * shipped /compare-data.json.
 */
export function StaticHeadToHead({ initial }: { initial: H2HResult }) {
  const [result, setResult] = useState(initial);
  const [error, setError] = useState('');
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (![...params.keys()].length) return;
    // The comparison code loads with the data, only when the URL asks for another pair: no part of the first load.
    Promise.all([fetch('/compare-data.json').then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`)))), import('@/lib/models/compare-data')])
      .then(([data, lib]: [PackedCompareData, typeof import('@/lib/models/compare-data')]) => setResult(lib.compareFromUrl(data, params)))
      .catch((e: Error) => setError(`The comparison data could not be loaded (${e.message}); showing the default pair.`));
  }, []);
  return (
    <>
      {error ? <p className="problems" role="alert">{error}</p> : null}
      <HeadToHead {...result} />
    </>
  );
}
