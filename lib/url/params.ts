/** Reading untrusted URL search params: first value only, bounded length. */
export type ParamSource = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

/** Longer values are cut: no view needs more, and it bounds the work a URL can cause. */
export const MAX_PARAM_LENGTH = 2000;

export function readParam(params: ParamSource, key: string): string | null {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === null) return null;
  return value.slice(0, MAX_PARAM_LENGTH);
}
