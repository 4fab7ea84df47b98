/**
 * JSON reading for the importers. JSON.parse does the parsing; this module adds what it
 * hides: the line of each key (for locations users can find), keys that appear twice
 * (JSON.parse silently keeps the last one) and Python's `NaN`/`Infinity`, which
 * `json.dumps` writes into lm-evaluation-harness files although they are not JSON.
 */

export type PathSegments = readonly (string | number)[];

export interface DuplicateKey {
  /** Path of the object holding the key. */
  parent: PathSegments;
  key: string;
  /** Lines of every occurrence; the value at the last one is the one JSON.parse keeps. */
  lines: number[];
}

export interface JsonDocument {
  value: unknown;
  /** 1-based line of an object key or array element, or null when not recorded. */
  lineOf(path: PathSegments): number | null;
  duplicates: DuplicateKey[];
  /** The file holds Python's NaN/Infinity; they are read as JS NaN/±Infinity. */
  pythonNonFinite: boolean;
}

export type JsonReadResult =
  | { ok: true; doc: JsonDocument }
  /** reason: what to tell the reader, with the line and column where known. */
  | { ok: false; reason: string; line: number | null };

const NON_FINITE: Record<string, number> = { '\u0000NaN': NaN, '\u0000Infinity': Infinity, '\u0000-Infinity': -Infinity };

/** Lines are recorded this deep: deeper than any path the importers report. */
const MAX_LINE_DEPTH = 6;
/** Keeps the line table bounded on very large files. */
const MAX_LINES = 500_000;
const MAX_DUPLICATES = 100;
/**
 * Results files nest a handful of levels. Far deeper input is refused, not read: the paths the
 * scan keeps grow with the square of the depth, and 100,000 levels ran the worker out of memory.
 */
export const MAX_NESTING = 1000;

class TooDeep extends Error {
  constructor(readonly line: number) {
    super(`nested more than ${MAX_NESTING.toLocaleString('en')} levels deep (by line ${line}); results files nest a few levels, so it is not read`);
  }
}

const tooDeep = (e: TooDeep): JsonReadResult => ({ ok: false, reason: e.message, line: e.line });

export function readJson(text: string): JsonReadResult {
  try {
    return { ok: true, doc: document(JSON.parse(text), text, false) };
  } catch (error) {
    if (error instanceof TooDeep) return tooDeep(error);
    const patched = replacePythonNonFinite(text);
    if (patched !== null) {
      try {
        const value: unknown = JSON.parse(patched, (_key, v: unknown) => (typeof v === 'string' && Object.hasOwn(NON_FINITE, v) ? NON_FINITE[v] : v));
        return { ok: true, doc: document(value, patched, true) };
      } catch (patchedError) {
        if (patchedError instanceof TooDeep) return tooDeep(patchedError);
        // Report the error of the file as written, not of our patched copy.
      }
    }
    const { message, line, column } = locateError(error, text);
    const at = line !== null ? ` (line ${line}${column !== null ? `, column ${column}` : ''})` : '';
    return { ok: false, reason: `invalid JSON${at}: ${message}`, line };
  }
}

function document(value: unknown, text: string, pythonNonFinite: boolean): JsonDocument {
  const { lines, duplicates } = scan(text);
  return { value, duplicates, pythonNonFinite, lineOf: (path) => lines.get(JSON.stringify(path)) ?? null };
}

/** Engines report positions differently: "line 3 column 5" (Firefox, newer V8) or "position 42". */
function locateError(error: unknown, text: string): { message: string; line: number | null; column: number | null } {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { message, line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (pos) {
    const offset = Math.min(Number(pos[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { message, line, column: offset - before.lastIndexOf('\n') };
  }
  if (/unexpected end/i.test(message)) {
    const lines = text.split('\n');
    return { message, line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
  return { message, line: null, column: null };
}

/**
 * Replaces bare NaN, Infinity and -Infinity outside strings by marker strings that the
 * reviver turns back into numbers. Returns null when there is none, so ordinary invalid
 * JSON keeps its own error.
 */
function replacePythonNonFinite(text: string): string | null {
  let out = '';
  let last = 0;
  let found = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = skipString(text, i);
      continue;
    }
    for (const token of ['-Infinity', 'Infinity', 'NaN']) {
      if (!text.startsWith(token, i)) continue;
      if (/[\w.]/.test(text[i - 1] ?? '') || /[\w.]/.test(text[i + token.length] ?? '')) continue;
      out += `${text.slice(last, i)}"\\u0000${token}"`;
      last = i + token.length;
      i = last - 1;
      found = true;
      break;
    }
  }
  return found ? out + text.slice(last) : null;
}

/** Index of the closing quote of the string that opens at `start` (or the end of the text). */
function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

interface Frame {
  path: (string | number)[];
  isObject: boolean;
  /** Objects: key → lines it appears on. */
  keys: Map<string, number[]>;
  nextIndex: number;
  /** Objects: the key whose value comes next; arrays: unused. */
  pendingKey: string | null;
  expectKey: boolean;
}

/**
 * One pass over text that JSON.parse accepted (so no error handling), with an explicit
 * stack: deeply nested input cannot overflow the call stack.
 */
function scan(text: string): { lines: Map<string, number>; duplicates: DuplicateKey[] } {
  const lines = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;

  const record = (path: (string | number)[]) => {
    if (path.length <= MAX_LINE_DEPTH && lines.size < MAX_LINES) lines.set(JSON.stringify(path), line);
  };
  /** A value starts here: its path, as a child of the current container. */
  const valuePath = (): (string | number)[] | null => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.isObject) return top.pendingKey === null ? null : [...top.path, top.pendingKey];
    const path = [...top.path, top.nextIndex++];
    record(path);
    return path;
  };
  const open = (isObject: boolean) => {
    if (stack.length >= MAX_NESTING) throw new TooDeep(line);
    const path = valuePath() ?? [];
    stack.push({ path, isObject, keys: new Map(), nextIndex: 0, pendingKey: null, expectKey: isObject });
  };
  const close = () => {
    const frame = stack.pop();
    if (!frame || !frame.isObject) return;
    for (const [key, at] of frame.keys) {
      if (at.length > 1 && duplicates.length < MAX_DUPLICATES) duplicates.push({ parent: frame.path, key, lines: at });
    }
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ':') continue;
    const top = stack[stack.length - 1];
    if (c === ',') {
      if (top?.isObject) top.expectKey = true;
      continue;
    }
    if (c === '{' || c === '[') {
      open(c === '{');
      continue;
    }
    if (c === '}' || c === ']') {
      close();
      continue;
    }
    if (c === '"') {
      const end = skipString(text, i);
      if (top?.isObject && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const at = top.keys.get(key);
        if (at) at.push(line);
        else top.keys.set(key, [line]);
        top.pendingKey = key;
        top.expectKey = false;
        record([...top.path, key]);
      } else {
        valuePath();
      }
      i = end;
      continue;
    }
    // A number or literal: skip to its end. Strings never hold a raw newline in JSON.
    valuePath();
    while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1])) i++;
  }
  return { lines, duplicates };
}
