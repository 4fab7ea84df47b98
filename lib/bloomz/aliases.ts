/**
 * The names people type for a task page: /tasks/humaneval for openai_humaneval,
 * /tasks/xstorycloze for xstory_cloze. An alias is a dataset's display name or id reduced
 * to lowercase letters and digits; requests are reduced the same way, so /tasks/HumanEval
 * and /tasks/xstory-cloze find their page too. Derived from the catalogue, never listed
 * by hand, so a dataset added there gets its aliases with it.
 */
import { BLOOMZ_DATASETS, datasetInfo } from './catalog';

export function aliasKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Alias → dataset id for the given ids. A key that is itself an id always means that id;
 * a key two datasets share is left out rather than sending readers to the wrong one.
 */
export function datasetAliases(ids: readonly string[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const id of ids) {
    for (const key of [aliasKey(id), aliasKey(datasetInfo(id).name)]) if (key) owners.set(key, (owners.get(key) ?? new Set()).add(id));
  }
  const aliases = new Map<string, string>();
  for (const [key, set] of owners) {
    if (ids.includes(key)) aliases.set(key, key);
    else if (set.size === 1) aliases.set(key, [...set][0]);
  }
  return aliases;
}

/** The aliases that are not ids themselves: the paths that only ever redirect. */
export function redirectingAliases(ids: readonly string[]): [alias: string, id: string][] {
  return [...datasetAliases(ids)].filter(([alias, id]) => alias !== id);
}

// The proxy cannot read data/ per request; the catalogue names every shipped dataset
// (tests/unit/bloomz/aliases.test.ts holds the two to the same aliases).
let catalogueAliases: Map<string, string> | undefined;

/**
 * Where a request for `pathname` should go instead, or null. Only /tasks/<one segment>
 * that is not a dataset id but reduces to one of the aliases is redirected; the target is
 * always built from a known id, never from the request.
 */
export function taskAliasTarget(pathname: string): string | null {
  const match = /^\/tasks\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  let segment: string;
  try {
    segment = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  if (Object.hasOwn(BLOOMZ_DATASETS, segment)) return null;
  catalogueAliases ??= datasetAliases(Object.keys(BLOOMZ_DATASETS));
  const id = catalogueAliases.get(aliasKey(segment));
  return id ? `/tasks/${id}` : null;
}
