import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { withViewMetadata } from '@/components/layout/view-metadata';
import { SharedView } from '@/components/views/shared-view';
import HelmGroupPage, { generateMetadata as helmGroupMetadata } from '@/app/(site)/helm/[project]/[group]/page';
import LanguagePage, { generateMetadata as languageMetadata } from '@/app/(site)/languages/[code]/page';
import ModelPage, { generateMetadata as modelMetadata } from '@/app/(site)/models/[id]/page';
import PromptsPage, { metadata as promptsMetadata } from '@/app/(site)/prompts/page';
import ScalingPage, { metadata as scalingMetadata } from '@/app/(site)/scaling/page';
import TaskPage, { generateMetadata as taskMetadata } from '@/app/(site)/tasks/[dataset]/page';
import UnseenPage, { metadata as unseenMetadata } from '@/app/(site)/unseen/page';

type Props<P> = { params: Promise<P> };
type TwinProps<P> = Props<P & { state: string }>;

/**
 * A shared link's twin of a view page (./[state]/<page>/page.server.tsx):
 * the page itself with every chart in it rendering the link's state, and the page's link
 * preview in that state. Rendered on the first request of each state and cached (the route
 * files set `revalidate`, which Next reads only as a literal in the route file itself).
 */
function sharedTwin<P extends object>(
  Page: (props: Props<P>) => ReactNode | Promise<ReactNode>,
  metadata: Metadata | ((props: Props<P>) => Promise<Metadata>),
  pathname: (params: P) => string,
) {
  return {
    // No state is known at build time: each is rendered when first asked for.
    generateStaticParams: (): P[] => [],
    async generateMetadata(props: TwinProps<P>): Promise<Metadata> {
      const params = await props.params;
      const base = typeof metadata === 'function' ? await metadata(props) : metadata;
      return withViewMetadata(base, pathname(params), params.state);
    },
    async SharedPage(props: TwinProps<P>) {
      const { state } = await props.params;
      return (
        <SharedView state={state}>
          <Page {...props} />
        </SharedView>
      );
    },
  };
}

export const helmGroupTwin = sharedTwin(HelmGroupPage, helmGroupMetadata, (p) => `/helm/${p.project}/${p.group}`);
export const languageTwin = sharedTwin(LanguagePage, languageMetadata, (p) => `/languages/${p.code}`);
export const modelTwin = sharedTwin(ModelPage, modelMetadata, (p) => `/models/${p.id}`);
export const taskTwin = sharedTwin(TaskPage, taskMetadata, (p) => `/tasks/${p.dataset}`);
export const promptsTwin = sharedTwin<object>(PromptsPage, promptsMetadata, () => '/prompts');
export const scalingTwin = sharedTwin<object>(ScalingPage, scalingMetadata, () => '/scaling');
export const unseenTwin = sharedTwin<object>(UnseenPage, unseenMetadata, () => '/unseen');
