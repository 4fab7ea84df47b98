/**
 * This site's origin: SITE_URL when the deployment sets it (behind a proxy or CDN), else
 * the Host the request came in on. Absolute URLs are needed in oEmbed answers.
 */
export function requestOrigin(headers: Headers): string {
  const configured = process.env.SITE_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost';
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  return `${proto.split(',')[0].trim()}://${host.split(',')[0].trim()}`;
}
