import type { Metadata } from 'next';
import { SharedView } from '@/components/views/shared-view';
import Page, { generateMetadata as pageMetadata } from '@/app/(site)/tasks/[dataset]/page';

/** A shared link of /tasks/[dataset], rendered with its state and cached per state (see lib/views/shared-state.ts). */
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ state: string; dataset: string }> };

export function generateMetadata(props: Props): Promise<Metadata> {
  return pageMetadata(props);
}

export default async function SharedPage(props: Props) {
  const { state } = await props.params;
  return (
    <SharedView state={state}>
      <Page {...props} />
    </SharedView>
  );
}
