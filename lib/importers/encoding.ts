/**
 * A file's bytes as text. Results files are UTF-8; Windows tools (PowerShell's `>`, Excel's
 * "Unicode text") write UTF-16, often without a byte-order mark. That is read too, and said.
 */
export interface Decoded {
  text: string;
  /** How the bytes were read, when not plain UTF-8 (shown to the reader as a warning). */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  note: string | null;
}

/** Which UTF-16 the first bytes look like: ASCII text in UTF-16 has a zero byte in every pair. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = sniffUtf16(bytes);
  if (!utf16) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', note: null };
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const name = utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  return {
    text: new TextDecoder(utf16).decode(bytes),
    encoding: utf16,
    note: `The file is ${name} text${bom ? '' : ' without a byte-order mark'}; it was read as ${name}. Results files are usually UTF-8.`,
  };
}
