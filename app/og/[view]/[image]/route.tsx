import { previewImageParams, previewResponse } from '@/components/charts/preview-route';

/** Link preview image of a chart's default view: prerendered, in the static export too. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return previewImageParams();
}

export async function GET(_: Request, { params }: { params: Promise<{ view: string; image: string }> }) {
  const { view, image } = await params;
  return previewResponse(view, image, new URLSearchParams());
}
