import type { NextRequest } from 'next/server';
import { getDataset } from '@/lib/data/dataset';
import { oembedAnswer } from '@/lib/site/oembed';
import { requestOrigin } from '@/lib/site/origin';

/** oEmbed 1.0 endpoint (needs a server: not in the static export). Cached like a shared link. */
export function GET(request: NextRequest) {
  const p = request.nextUrl.searchParams;
  const answer = oembedAnswer(getDataset(), { url: p.get('url'), format: p.get('format'), maxwidth: p.get('maxwidth'), maxheight: p.get('maxheight') }, requestOrigin(request.headers));
  const cache = { 'Cache-Control': 'public, s-maxage=86400, stale-while-revalidate=604800', 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' };
  if (answer.status === 200) return Response.json(answer.body, { headers: cache });
  return new Response(answer.body, { status: answer.status, headers: { ...cache, 'Content-Type': 'text/plain; charset=utf-8' } });
}
