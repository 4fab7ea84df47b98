/**
 * Copies `text` with the Clipboard API and says how it went, in the words a status line shows:
 * `done` when copied, else how to copy by hand (no clipboard, or blocked by the page's context).
 */
export async function copyText(text: string, done: string): Promise<string> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return 'Copying is blocked here: select the text and copy it by hand.';
  }
}
