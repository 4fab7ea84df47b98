import { NextResponse, type NextRequest } from 'next/server';
import { taskAliasTarget } from './lib/bloomz/aliases';
import { sharedRewrite } from './lib/views/shared-state';

/**
 * A path with a broken %-escape ("/tasks/%zz") cannot be decoded into route params; Next
 * would answer 500. It is the client's mistake: answer 400 with a plain explanation.
 * A task page asked for by a name people type (/tasks/humaneval) is permanently moved to
 * its dataset id's page, query kept. A view page asked for with settings is rewritten to its
 * twin under /shared/<state>/ (lib/views/shared-state.ts). The static export runs no proxy: there the tasks route
 * prerenders each alias as a page that sends the reader on.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address contains a malformed %-escape, so it cannot name a page of this site.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'" },
    });
  }
  const alias = taskAliasTarget(request.nextUrl.pathname);
  if (alias) {
    const url = request.nextUrl.clone();
    url.pathname = alias;
    return NextResponse.redirect(url, 308);
  }
  // A shared link (a view page with settings): its twin renders the state on the server, cached per state.
  const shared = sharedRewrite(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (shared) {
    const url = request.nextUrl.clone();
    url.pathname = shared;
    url.search = '';
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = {
  // Static files never need it.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|embed.js).*)'],
};
