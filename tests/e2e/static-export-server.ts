import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from './fixtures';
import { startStaticServer } from '../../scripts/static-server';

/**
 * Serves out/ (the static export, written by `npm run export` before the e2e tests) with a
 * plain static file server for the tests of the calling describe block. Returns its base URL.
 */
export function serveStaticExport(): () => string {
  let server: Server | undefined;
  let base = '';
  test.beforeAll(async () => {
    server = await startStaticServer('out', 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return () => base;
}
