import { getDataset } from '@/lib/data/dataset';
import { buildDataPackage } from '@/lib/data-package/datapackage';

// Built once with the pages (a file in the static export), beside the CSVs it describes.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildDataPackage(getDataset()));
}
