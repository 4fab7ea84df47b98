/**
 * Small validated readers shared by every view codec. Each returns the fallback and
 * records a readable problem when the URL value is not allowed.
 */
import { readParam, type ParamSource } from './params';
import { entriesOf } from './scope';

/** A spec read from a URL, with a readable problem for every value that was not understood. */
export interface Decoded<S> {
  spec: S;
  problems: string[];
}

/** Untrusted URL text in a problem message is cut short: a link can carry thousands of characters. */
export function shortened(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/** Untrusted text quoted in a problem message: JSON-quoted and short. React renders it as text. */
export const quoted = (value: string) => JSON.stringify(shortened(value));

export function readChoice<T extends string>(params: ParamSource, key: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = readParam(params, key);
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${key}=${shortened(raw)} is not one of ${allowed.join(', ')}; showing ${fallback}.`);
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
    const shown = unknown.slice(0, 5).map(quoted).join(', ');
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

/** A URLSearchParams that remembers which keys were asked for. */
class ReadTracking extends URLSearchParams {
  readonly asked = new Set<string>();
  override get(key: string): string | null {
    this.asked.add(key);
    return super.get(key);
  }
  override getAll(key: string): string[] {
    this.asked.add(key);
    return super.getAll(key);
  }
  override has(key: string): boolean {
    this.asked.add(key);
    return super.has(key);
  }
}

/** Links pick these up on their way through social sites and newsletters; they are not settings. */
export const NOT_SETTINGS = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref)$/;

/**
 * Decodes, then names every key the view never asked for: a typo such as promt=MT or an old
 * name would otherwise fall back to the default in silence. A key counts as known if the
 * decoder asks for it on these params or on empty ones (decoders may skip keys once a value
 * is wrong, never on an empty URL).
 */
export function decodeExplained<S>(decode: (params: ParamSource) => Decoded<S>, source: ParamSource, alsoKnown: readonly string[] = []): Decoded<S> {
  const params = source instanceof URLSearchParams ? source : new URLSearchParams(entriesOf(source));
  const tracked = new ReadTracking(params);
  const decoded = decode(tracked);
  const empty = new ReadTracking();
  decode(empty);
  const known = new Set([...tracked.asked, ...empty.asked, ...alsoKnown]);
  const keys = [...new Set(params.keys())];
  const problems = [...decoded.problems];
  // Settings read one value (the first): a link that gives two must not look as if both applied.
  for (const k of keys.filter((key) => known.has(key))) {
    const values = [...new Set(params.getAll(k))];
    if (values.length > 1) problems.push(`${quoted(k)} is given ${values.length} different values (${values.slice(0, 3).map(quoted).join(', ')}${values.length > 3 ? ', …' : ''}); the first is used.`);
  }
  const unknown = keys.filter((k) => !known.has(k) && !NOT_SETTINGS.test(k));
  if (unknown.length) {
    const shown = unknown.slice(0, 5).map((k) => `${quoted(k)}=${quoted(params.get(k) ?? '')}`);
    const settings = [...known].filter((k) => !alsoKnown.includes(k)).sort();
    problems.push(`${shown.join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''} ${unknown.length === 1 ? 'is not a setting' : 'are not settings'} of this chart (its settings: ${settings.join(', ')}); ignored.`);
  }
  return { spec: decoded.spec, problems };
}
