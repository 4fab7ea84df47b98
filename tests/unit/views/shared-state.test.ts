import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeState, isSharedPage, MAX_STATE_QUERY, SHARED_PAGES, sharedRewrite } from '@/lib/views/shared-state';

const SITE = path.join(process.cwd(), 'app', '(site)');

function pagesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return pagesUnder(p);
    return /^page(\.server)?\.tsx$/.test(e.name) ? [p] : [];
  });
}

/** app/(site)/tasks/[dataset]/page.tsx → /tasks/:dataset */
const patternOf = (file: string, root: string) =>
  `/${path.relative(root, path.dirname(file)).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ':$1')).join('/')}`;

describe('shared links rendered on the server', () => {
  it('has a twin page for every view page, and a view page for every twin', () => {
    const sharedRoot = path.join(SITE, 'shared', '[state]');
    const twins = pagesUnder(sharedRoot).map((f) => patternOf(f, sharedRoot));
    const viewPages = pagesUnder(SITE)
      .filter((f) => !f.startsWith(sharedRoot) && fs.readFileSync(f, 'utf8').includes('<ChartView'))
      .map((f) => patternOf(f, SITE));
    expect(twins.sort()).toEqual([...SHARED_PAGES].sort());
    expect(viewPages.sort()).toEqual([...SHARED_PAGES].sort());
  });

  it('rewrites a view page with settings to its twin, and the state reads back as the same settings', () => {
    const target = sharedRewrite('/tasks/xnli', new URLSearchParams('stat=max&prompt=MT&models=bloom-1b1,mt0-xxl'));
    expect(target).toMatch(/^\/shared\/[A-Za-z0-9_-]+\/tasks\/xnli$/);
    const state = target!.split('/')[2];
    expect(decodeState(state)?.toString()).toBe('models=bloom-1b1%2Cmt0-xxl&prompt=MT&stat=max');
  });

  it('gives one state for the same settings in any order, without tracking keys', () => {
    const a = sharedRewrite('/unseen', new URLSearchParams('stat=max&p.dataset=xnli&utm_source=news'));
    const b = sharedRewrite('/unseen/', new URLSearchParams('p.dataset=xnli&stat=max&_rsc=1x2y'));
    expect(a).toBe(b);
  });

  it('keeps pages without settings, pages that are not views and over-long queries static', () => {
    expect(sharedRewrite('/tasks/xnli', new URLSearchParams(''))).toBeNull();
    expect(sharedRewrite('/tasks/xnli', new URLSearchParams('utm_source=x&fbclid=1'))).toBeNull();
    expect(sharedRewrite('/sources', new URLSearchParams('stat=max'))).toBeNull();
    expect(sharedRewrite('/tasks', new URLSearchParams('stat=max'))).toBeNull();
    expect(sharedRewrite('/helm/classic', new URLSearchParams('tab=x'))).toBeNull();
    expect(sharedRewrite('/tasks/xnli', new URLSearchParams({ models: 'x'.repeat(MAX_STATE_QUERY) }))).toBeNull();
    // A path segment no page has (and a file system could not hold) is left to the static route.
    expect(sharedRewrite(`/languages/${'a'.repeat(300)}`, new URLSearchParams({ prompt: 'MT' }))).toBeNull();
    expect(sharedRewrite('/languages/sw', new URLSearchParams({ prompt: 'MT' }))).not.toBeNull();
    // The longest state rewritten is still a file name (255 bytes) in Next's page cache.
    const longest = sharedRewrite('/tasks/xnli', new URLSearchParams({ models: 'x'.repeat(MAX_STATE_QUERY - 'models='.length) }));
    expect(longest!.split('/')[2].length).toBeLessThanOrEqual(255);
    expect(isSharedPage('/helm/classic/question_answering')).toBe(true);
  });

  it('refuses a state segment it did not write', () => {
    expect(decodeState('!!')).toBeNull();
    expect(decodeState('%2F')).toBeNull();
    // base64url of the bytes ff fe: not UTF-8.
    expect(decodeState('__4')).toBeNull();
  });

  it('carries non-ASCII values', () => {
    const target = sharedRewrite('/tasks/xnli', new URLSearchParams({ models: 'bloomz-ü' }));
    expect(decodeState(target!.split('/')[2])?.get('models')).toBe('bloomz-ü');
  });
});
