import { getDataset } from '@/lib/data/dataset';
import { resolveView } from '@/lib/views/resolve';
import { isViewId } from '@/lib/views/registry';
import { fullViewPath } from '@/lib/views/routes';
import { isViewSubject, subjectOf, viewSubjects } from '@/lib/views/slices';
import { VIEWS } from '@/lib/views/registry';
import { previewImage } from './preview-image';

/** Every chart's preview image name in its default state: /og/<view>/<subject>.png */
export function previewImageParams(): { view: string; image: string }[] {
  const ds = getDataset();
  return Object.keys(VIEWS).flatMap((view) => (isViewId(view) ? viewSubjects(ds, view).map((subject) => ({ view, image: `${subject}.png` })) : []));
}

/** The preview image of a chart in a state (the state's own params), or a 404. */
export function previewResponse(view: string, image: string, params: URLSearchParams): Response {
  const ds = getDataset();
  const subject = decodeURIComponent(image).replace(/\.png$/, '');
  if (!isViewId(view) || !image.endsWith('.png') || !isViewSubject(ds, view, subject)) return new Response('No such chart.', { status: 404 });
  const resolved = resolveView(ds, { view, subject }, params);
  const res = previewImage(resolved.data, fullViewPath(view, subjectOf(view, subject), resolved.own));
  res.headers.set('Cache-Control', 'public, s-maxage=86400, stale-while-revalidate=604800');
  return res;
}
