import { getDataset } from '@/lib/data/dataset';
import { publishedHelmColumns } from '@/lib/helm/columns';

// Built once with the pages (and written as a file by the static export).
export const dynamic = 'force-static';

export function GET() {
  return Response.json(publishedHelmColumns(getDataset()));
}
