import { getDataset } from '@/lib/data/dataset';
import { compareData } from '@/lib/models/compare-data';

// Built once with the pages: the static export's /compare reads it to follow its URL.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(compareData(getDataset()));
}
