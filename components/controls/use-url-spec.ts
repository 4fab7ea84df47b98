'use client';

import { useCallback, useMemo, useState } from 'react';
import type { ParamSource } from '@/lib/url-params';
import { scopedParams } from '@/lib/url-scope';
import { replaceSearchAfterPaint } from './replace-search';

interface Decoded<S> {
  spec: S;
  problems: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A view's spec, read from the URL and written back to it. A change shows at once
 * (local state) while the URL catches up; a URL changed from outside wins.
 */
export function useUrlSpec<S>(params: ParamSource, decode: (p: ParamSource) => Decoded<S>, encode: (s: S) => URLSearchParams, prefix = '') {
  const fromUrl = useMemo(() => decode(scopedParams(params, prefix)), [params, decode, prefix]);
  const [state, setState] = useState<{ local: S | null; basis: Decoded<S> }>({ local: null, basis: fromUrl });
  let local = state.local;
  if (state.basis !== fromUrl) {
    // The URL changed: keep the local spec only if the URL now says the same thing.
    local = local !== null && same(local, fromUrl.spec) ? local : null;
    setState({ local, basis: fromUrl });
  }
  const setSpec = useCallback(
    (next: S) => {
      setState((s) => ({ ...s, local: next }));
      replaceSearchAfterPaint(encode(next), prefix);
    },
    [encode, prefix],
  );
  return { spec: local ?? fromUrl.spec, problems: local === null ? fromUrl.problems : [], setSpec };
}
