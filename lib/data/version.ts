/**
 * The version of the shipped data, for citations: the git commit that last changed data/
 * (and its date) when the build runs in a clean checkout, else a hash of the shipped files.
 * Computed once per process, at build time (/citations.json is a static file). Server-only.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from './schema';

/** The words of a version: a commit (short hash and date) or a content hash. */
export function formatDataVersion(v: { commit: string; date: string } | { sha256: string }): string {
  return 'commit' in v ? `${v.commit.slice(0, 12)} (${v.date})` : `sha256:${v.sha256.slice(0, 16)}`;
}

/** sha256 over the shipped files' names and texts, in a fixed order. */
export function dataHash(texts: { file: string; text: string }[]): string {
  const h = createHash('sha256');
  for (const { file, text } of [...texts].sort((a, b) => (a.file < b.file ? -1 : 1))) h.update(`${file}\0${text}\0`);
  return h.digest('hex');
}

function gitVersion(dir: string): { commit: string; date: string } | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    // Edited data not yet committed: the commit would not name it.
    if (git('status', '--porcelain', '--', 'data') !== '') return null;
    const [commit, date] = git('log', '-1', '--format=%H %cs', '--', 'data').split(' ');
    return /^[0-9a-f]{40}$/.test(commit ?? '') && /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? { commit, date } : null;
  } catch {
    return null;
  }
}

let cached: string | undefined;

export function dataVersion(): string {
  if (cached) return cached;
  const dir = process.cwd();
  const commit = gitVersion(dir);
  if (commit) return (cached = formatDataVersion(commit));
  const texts = Object.values(DATA_FILES).map(({ file }) => ({ file, text: fs.readFileSync(path.join(process.cwd(), 'data', file), 'utf8') }));
  return (cached = formatDataVersion({ sha256: dataHash(texts) }));
}
