import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from './fixtures';
import { startStaticServer } from '../../scripts/static-server';

/**
 * Serves out/ (the static export, written by `npm run export` before the e2e tests) with a
 * plain static file server for the tests of the calling describe block; fails them when
 * `mustHave` is not in out/. Returns its base URL.
 */
export function serveStaticExport(mustHave: string): () => string {
  let server: Server | undefined;
  let base = '';
  test.beforeAll(async () => {
    // A missing export is a failure, never a skip: these tests exist to check it.
    if (!fs.existsSync(`out/${mustHave}`)) throw new Error(`out/${mustHave} is missing: run \`npm run export\` first (npm test does)`);
    server = await startStaticServer('out', 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return () => base;
}
