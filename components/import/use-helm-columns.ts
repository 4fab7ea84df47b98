'use client';

import { useEffect, useState } from 'react';
import { HELM_COLUMNS_PATH, parseHelmColumns, type HelmColumn } from '@/lib/helm/columns';

export type HelmColumnsState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; columns: HelmColumn[] };

let request: Promise<HelmColumn[] | null> | null = null;

function load(): Promise<HelmColumn[] | null> {
  request ??= fetch(HELM_COLUMNS_PATH)
    .then((r) => (r.ok ? r.json() : null))
    .then(parseHelmColumns)
    .catch(() => null);
  return request;
}

/** The published HELM columns, fetched once and only when a HELM file is being reviewed. */
export function useHelmColumns(needed: boolean): HelmColumnsState {
  const [state, setState] = useState<HelmColumnsState>({ status: 'loading' });
  useEffect(() => {
    if (!needed) return;
    let live = true;
    load().then((columns) => {
      if (live) setState(columns ? { status: 'ready', columns } : { status: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [needed]);
  return state;
}
