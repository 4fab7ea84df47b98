'use client';

import { useState } from 'react';

export const COPY_BLOCKED = 'Copying is blocked here: select the text and copy it by hand.';

/** Copies `text` with the Clipboard API; says so (or why not) in its own live region. */
export function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(`Copied ${what}.`);
    } catch {
      setStatus(COPY_BLOCKED);
    }
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={copy}>
        {label}
      </button>{' '}
      <span role="status" aria-live="polite" className="note">
        {status}
      </span>
    </span>
  );
}
