import { describe, expect, it } from 'vitest';
import { dataHash, dataVersion, formatDataVersion } from '@/lib/data/version';

describe('the data version', () => {
  it('names a commit by its first 12 hex digits and date, a content hash by its first 16', () => {
    expect(formatDataVersion({ commit: 'a81d46a0123456789abcdef0123456789abcdef0', date: '2026-11-30' })).toBe('a81d46a01234 (2026-11-30)');
    expect(formatDataVersion({ sha256: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' })).toBe('sha256:0123456789abcdef');
  });

  it('hashes the files in a fixed order', () => {
    // sha256 of "a.csv\0x\0b.csv\0y\0" (printf 'a.csv\0x\0b.csv\0y\0' | sha256sum).
    const expected = '8b5e64f648ffba2d32186c6569cbf490ff36b443c8796d0bdeb933fe7c625edd';
    expect(dataHash([{ file: 'b.csv', text: 'y' }, { file: 'a.csv', text: 'x' }])).toBe(expected);
    expect(dataHash([{ file: 'a.csv', text: 'x' }, { file: 'b.csv', text: 'y' }])).toBe(expected);
  });

  it('is a commit or a hash of the shipped data, never anything else', () => {
    expect(dataVersion()).toMatch(/^([0-9a-f]{12} \(\d{4}-\d{2}-\d{2}\)|sha256:[0-9a-f]{16})$/);
  });
});
