// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { copyText } from '@/components/controls/copy-text';

const BLOCKED = 'Copying is blocked here: select the text and copy it by hand.';
const setClipboard = (clipboard: unknown) => Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });

describe('copyText', () => {
  afterEach(() => setClipboard(undefined));

  it('writes the text and answers with the done message', async () => {
    const written: string[] = [];
    setClipboard({ writeText: async (t: string) => void written.push(t) });
    expect(await copyText('@misc{x}', 'Copied the BibTeX.')).toBe('Copied the BibTeX.');
    expect(written).toEqual(['@misc{x}']);
  });

  it('says how to copy by hand when the page has no clipboard or the browser refuses', async () => {
    setClipboard(undefined);
    expect(await copyText('a', 'done')).toBe(BLOCKED);
    setClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    expect(await copyText('a', 'done')).toBe(BLOCKED);
  });
});
