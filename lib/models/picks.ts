/**
 * The reader's chosen models, remembered for the session so they carry from a task page to a
 * language page and back. Stored text is untrusted like a URL: only known ids survive.
 */
export const PICKS_STORAGE_KEY = 'crosslingual:models';

export function parsePicks(stored: string | null, allowed: readonly string[], max = 30): string[] {
  if (!stored) return [];
  const ids = stored.slice(0, 2000).split(',').map((s) => s.trim());
  return [...new Set(ids)].filter((id) => allowed.includes(id)).slice(0, max);
}

/** "Only these two" as a link to the head-to-head page. */
export function compareHref(a: string, b: string): string {
  return `/compare?${new URLSearchParams({ a, b }).toString()}`;
}
