import { getDataset } from '@/lib/data/dataset';
import { searchIndex } from '@/lib/site/search-index';

// Built once with the pages (a file in the static export); the header search fetches it on focus.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(searchIndex(getDataset()));
}
