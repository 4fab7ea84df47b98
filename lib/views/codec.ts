/**
 * Small validated readers shared by every view codec. Each returns the fallback and
 * records a readable problem when the URL value is not allowed.
 */
import { readParam, type ParamSource } from '../url-params';

export function readChoice<T extends string>(params: ParamSource, key: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = readParam(params, key);
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${key}=${raw} is not one of ${allowed.join(', ')}; showing ${fallback}.`);
  return fallback;
}

/** A comma-separated list; unknown items are dropped and named, an empty result keeps the fallback. */
export function readList<T extends string>(params: ParamSource, key: string, allowed: readonly T[], fallback: readonly T[], problems: string[], max = 50): T[] {
  const raw = readParam(params, key);
  if (raw === null) return [...fallback];
  const asked = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
  const known = asked.filter((v): v is T => (allowed as readonly string[]).includes(v));
  const unknown = asked.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length) {
    const shown = unknown.slice(0, 5).map((v) => JSON.stringify(v)).join(', ');
    problems.push(`${key}: ${shown}${unknown.length > 5 ? ' …' : ''} ${unknown.length === 1 ? 'is' : 'are'} not available here; ignored.`);
  }
  if (known.length > max) problems.push(`${key}: at most ${max} can be shown; the rest were ignored.`);
  if (!known.length) {
    if (asked.length || raw === '') problems.push(`${key}: nothing valid left; showing the default.`);
    return [...fallback];
  }
  return known.slice(0, max);
}

export function setIfChanged(out: URLSearchParams, key: string, value: string, fallback: string): void {
  if (value !== fallback) out.set(key, value);
}

export function setListIfChanged(out: URLSearchParams, key: string, value: readonly string[], fallback: readonly string[]): void {
  if (value.join(',') !== fallback.join(',')) out.set(key, value.join(','));
}
