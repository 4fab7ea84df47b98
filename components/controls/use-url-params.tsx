'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ParamSource } from '@/lib/url/params';

const NO_PARAMS: ParamSource = {};

function searchKey(p: ParamSource): string {
  return p instanceof URLSearchParams ? p.toString() : '';
}

function Watcher({ onParams }: { onParams: (p: URLSearchParams) => void }) {
  const params = useSearchParams();
  useEffect(() => onParams(params), [params, onParams]);
  return null;
}

/**
 * The page's search params, for a statically prerendered page. Calling useSearchParams in
 * the content itself would make Next throw the content's prerendered HTML away and draw it
 * again in the browser (a client-rendered Suspense boundary): measured as most of a chart
 * page's start-up work. Here only an empty watcher is client-rendered; the content hydrates
 * with the defaults it was prerendered with and then follows the URL.
 * Render `watcher` anywhere beside the content. `read`: the URL has been read (after hydration).
 * `initial`: what the server rendered (a shared link's state), kept until the URL is read.
 */
export function useUrlParams(initial: ParamSource = NO_PARAMS): { params: ParamSource; read: boolean; watcher: ReactNode } {
  const [state, setState] = useState<{ params: ParamSource; read: boolean }>({ params: initial, read: false });
  const onParams = useCallback(
    (next: URLSearchParams) => setState((old) => (old.read && searchKey(old.params) === next.toString() ? old : { params: next, read: true })),
    [],
  );
  return {
    params: state.params,
    read: state.read,
    watcher: (
      <Suspense fallback={null}>
        <Watcher onParams={onParams} />
      </Suspense>
    ),
  };
}
