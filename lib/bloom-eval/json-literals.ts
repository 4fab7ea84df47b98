/**
 * A JSON reader that keeps every number as the text the file printed: JSON.parse turns
 * "0.0" into 0 and would lose the published form. Duplicate keys fail instead of the
 * last one silently winning, and every error names the file's line.
 */
export interface NumberLiteral {
  kind: 'number';
  text: string;
  line: number;
}
export type JsonValue = NumberLiteral | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export function isNumberLiteral(v: JsonValue): v is NumberLiteral {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as NumberLiteral).kind === 'number' && typeof (v as NumberLiteral).text === 'string';
}

export function isObject(v: JsonValue): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isNumberLiteral(v);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

export function parseJsonKeepingNumbers(text: string, file: string): JsonValue {
  let i = 0;
  // Positions only move forward, so lines are counted incrementally.
  let countedTo = 0;
  let line = 1;
  const lineAt = (at: number) => {
    for (; countedTo < at; countedTo++) if (text[countedTo] === '\n') line++;
    return line;
  };
  const fail = (message: string): never => {
    throw new Error(`${file}:${lineAt(i)}: ${message}`);
  };
  const skip = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (): JsonValue => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: { [key: string]: JsonValue } = {};
      skip();
      if (text[i] === '}') return i++, obj;
      for (;;) {
        skip();
        if (text[i] !== '"') fail('expected a key');
        const key = readString();
        if (Object.hasOwn(obj, key)) fail(`duplicate key "${key}"`);
        skip();
        if (text[i++] !== ':') fail(`expected ":" after "${key}"`);
        obj[key] = readValue();
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return i++, obj;
        else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      skip();
      if (text[i] === ']') return i++, arr;
      for (;;) {
        arr.push(readValue());
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return i++, arr;
        else fail('expected "," or "]"');
      }
    }
    if (c === '"') return readString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) return (i += word.length), value;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return fail(`not JSON at "${text.slice(i, i + 12)}" (NaN and Infinity are not numbers as published)`);
    const literal: NumberLiteral = { kind: 'number', text: m[0], line: lineAt(i) };
    i += m[0].length;
    return literal;
  };
  const value = readValue();
  skip();
  if (i !== text.length) fail('text after the JSON value');
  return value;
}
