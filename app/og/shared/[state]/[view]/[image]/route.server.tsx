import { previewResponse } from '@/components/charts/preview-route';
import { decodeState } from '@/lib/views/shared-state';

/** Link preview image of a shared link's chart: rendered once per state and cached (see lib/views/shared-state.ts). */
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function GET(_: Request, { params }: { params: Promise<{ state: string; view: string; image: string }> }) {
  const { state, view, image } = await params;
  const query = decodeState(state);
  if (!query) return new Response('No such state.', { status: 404 });
  return previewResponse(view, image, query);
}
