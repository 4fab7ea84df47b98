import { readDataText } from '@/lib/data/dataset';
import { DATA_FILE_KEYS } from '@/lib/data-package/datapackage';
import { DATA_FILES } from '@/lib/data/schema';

// Each shipped CSV, byte for byte as in data/ (a file in the static export); any other name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return DATA_FILE_KEYS.map((key) => ({ file: DATA_FILES[key].file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const key = DATA_FILE_KEYS.find((k) => DATA_FILES[k].file === file);
  if (!key) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(readDataText(key), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
