'use client';

import { useCallback, useMemo, useState } from 'react';
import type { ParamSource } from '@/lib/url/params';
import { scopedParams } from '@/lib/url/scope';
import { replaceSearchAfterPaint } from './replace-search';

interface Decoded<S> {
  spec: S;
  problems: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A view's spec, read from the URL and written back to it. A change shows at once
 * (local state) while the URL catches up, a frame later; a URL changed from outside wins.
 * The URL can show one of our own older writes while it catches up (changes faster than
 * a frame, e.g. arrow keys through the radios): that is not an outside change, so the
 * newer local spec stays.
 */
export function useUrlSpec<S>(params: ParamSource, decode: (p: ParamSource) => Decoded<S>, encode: (s: S) => URLSearchParams, prefix = '') {
  const decoded = useMemo(() => decode(scopedParams(params, prefix)), [params, decode, prefix]);
  // What the URL says, not which object says it: the router may hand over the same URL again,
  // and the first read of the URL after hydration hands over what the page was rendered with.
  // Then the spec stays the same object, and so do the chart data and the server HTML kept for it.
  const urlSays = JSON.stringify(decoded);
  const [state, setState] = useState<{ local: S | null; urlSaid: string; said: Decoded<S>; written: string[] }>({ local: null, urlSaid: urlSays, said: decoded, written: [] });
  let local = state.local;
  let fromUrl = state.said;
  if (state.urlSaid !== urlSays) {
    fromUrl = decoded;
    const caughtUp = local !== null && same(local, fromUrl.spec);
    const ours = state.written.includes(encode(fromUrl.spec).toString());
    if (!caughtUp && !ours) local = null;
    setState({ local, urlSaid: urlSays, said: decoded, written: caughtUp || local === null ? [] : state.written });
  }
  const setSpec = useCallback(
    (next: S) => {
      const params = encode(next);
      setState((s) => ({ ...s, local: next, written: [...s.written, params.toString()] }));
      replaceSearchAfterPaint(params, prefix);
    },
    [encode, prefix],
  );
  return { spec: local ?? fromUrl.spec, problems: local === null ? fromUrl.problems : [], setSpec };
}
