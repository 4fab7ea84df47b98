import type { Metadata } from 'next';
import { SharedView } from '@/components/views/shared-view';
import { withViewMetadata } from '@/components/layout/view-metadata';
import Page, { metadata } from '@/app/(site)/prompts/page';

/** A shared link of /prompts, rendered with its state and cached per state (see lib/views/shared-state.ts). */
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ state: string }> }): Promise<Metadata> {
  return withViewMetadata(metadata, '/prompts', (await params).state);
}

export default async function SharedPage({ params }: { params: Promise<{ state: string }> }) {
  const { state } = await params;
  return (
    <SharedView state={state}>
      <Page />
    </SharedView>
  );
}
