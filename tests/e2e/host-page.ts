import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A page on another origin (its own port) that embeds charts the way an author would:
 * the iframe snippet plus the optional sizing script.
 */
export async function startHostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function hostHtml(iframes: string, script: string | null): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>A blog post</h1>${iframes}${script ? `<script src="${script}" async></script>` : ''}<p id="after">after</p></body></html>`;
}
