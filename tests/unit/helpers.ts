import { readDataTexts } from '@/lib/data/dataset';
import type { DataTexts } from '@/lib/data/load';

let texts: DataTexts | undefined;

/** The shipped data files as text, read once per test file. */
export function shippedTexts(): DataTexts {
  texts ??= readDataTexts();
  return texts;
}

/** Replaces one line (1-based) of a CSV text. */
export function withLine(text: string, line: number, replace: (old: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = replace(lines[line - 1]);
  return lines.join('\n');
}
