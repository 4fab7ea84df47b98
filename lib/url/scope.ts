/**
 * Several interactive charts can share one page and one URL: each owns the keys with
 * its prefix ("t.models"), the page's main chart owns the keys without a dot.
 */
import type { ParamSource } from './params';

const owns = (key: string, prefix: string) => (prefix ? key.startsWith(`${prefix}.`) : !key.includes('.'));

/** Every (key, value) of a URLSearchParams or of Next's searchParams object. */
export function entriesOf(params: ParamSource): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v] as [string, string]]));
}

/** The chart's own params, with its prefix removed. */
export function scopedParams(params: ParamSource, prefix: string): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of entriesOf(params)) if (owns(k, prefix)) out.append(prefix ? k.slice(prefix.length + 1) : k, v);
  return out;
}

/** The page's params with this chart's keys replaced by `own` (prefixed). */
export function mergeScoped(current: URLSearchParams, own: URLSearchParams, prefix: string): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of current.entries()) if (!owns(k, prefix)) out.append(k, v);
  for (const [k, v] of own.entries()) out.append(prefix ? `${prefix}.${k}` : k, v);
  return out;
}
