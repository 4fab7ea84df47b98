import type { APIRequestContext } from '@playwright/test';
import { COMPILE_HINT, startupScriptsOfHtml } from '../../scripts/compile-hints';
import { expect } from './fixtures';

/** Every chunk script `path`'s HTML loads starts with the compile hint, as served from `base`. */
export async function expectStartupScriptsHinted(request: APIRequestContext, base: string, path: string) {
  const html = await (await request.get(`${base}${path}`)).text();
  const scripts = startupScriptsOfHtml(html);
  expect(scripts.length, path).toBeGreaterThan(3);
  for (const src of scripts) {
    const body = await (await request.get(`${base}${src}`)).text();
    expect(body.startsWith(COMPILE_HINT), `${path}: ${src}`).toBe(true);
  }
}
