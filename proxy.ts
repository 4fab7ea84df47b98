import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path with a broken %-escape ("/tasks/%zz") cannot be decoded into route params; Next
 * would answer 500. It is the client's mistake: answer 400 with a plain explanation.
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
  return NextResponse.next();
}

export const config = {
  // Static files never need it.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|embed.js).*)'],
};
