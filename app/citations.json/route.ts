import { getDataset } from '@/lib/data/dataset';
import { sourceLink } from '@/lib/data/source-link';
import { dataVersion } from '@/lib/data/version';
import type { CitableSource, CitationsFile } from '@/lib/site/citation';
import { forReaders } from '@/lib/site/reader-wording';

// Built once with the pages (a file in the static export); "Cite this view" fetches it on open.
export const dynamic = 'force-static';

export function GET() {
  const sources: Record<string, CitableSource> = {};
  for (const s of getDataset().sources.values()) {
    sources[s.id] = { id: s.id, title: forReaders(s.title), url: sourceLink(s), citation: forReaders(s.citation), bibtex: s.bibtex };
  }
  return Response.json({ dataVersion: dataVersion(), sources } satisfies CitationsFile);
}
