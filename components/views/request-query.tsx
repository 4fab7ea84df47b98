'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ParamSource } from '@/lib/url/params';

const RequestQueryContext = createContext<ParamSource | null>(null);

/**
 * Set by a shared link's twin page (app/(site)/shared/[state]/...): the state it renders.
 * Every ChartView inside then renders that state on the server and hydrates with it, so
 * the page module itself stays the same for the static and the shared rendering.
 */
export function RequestQuery({ query, children }: { query: ParamSource; children: ReactNode }) {
  return <RequestQueryContext.Provider value={query}>{children}</RequestQueryContext.Provider>;
}

export function useRequestQuery(): ParamSource | null {
  return useContext(RequestQueryContext);
}
