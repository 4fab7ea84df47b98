import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { decodeState, queryRecord } from '@/lib/views/shared-state';
import { RequestQuery } from './request-query';

/**
 * The body of a shared link's twin page (app/(site)/shared/[state]/<page>/page.server.tsx):
 * the page itself, with every chart in it rendering the state of the link. A state segment
 * we did not write is a 404, like any unknown address.
 */
export function SharedView({ state, children }: { state: string; children: ReactNode }) {
  const query = decodeState(state);
  if (!query) notFound();
  return <RequestQuery query={queryRecord(query)}>{children}</RequestQuery>;
}
