import type { Metadata } from 'next';
import { SharedView } from '@/components/views/shared-view';
import { withViewMetadata } from '@/components/layout/view-metadata';
import Page, { generateMetadata as pageMetadata } from '@/app/(site)/tasks/[dataset]/page';

/** A shared link of /tasks/[dataset], rendered with its state and cached per state (see lib/views/shared-state.ts). */
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ state: string; dataset: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const p = await props.params;
  return withViewMetadata(await pageMetadata(props), `/tasks/${p.dataset}`, p.state);
}

export default async function SharedPage(props: Props) {
  const { state } = await props.params;
  return (
    <SharedView state={state}>
      <Page {...props} />
    </SharedView>
  );
}
