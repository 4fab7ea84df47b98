'use client';

import { useState } from 'react';
import { copyText } from './copy-text';

/** Copies `text`; says so (or why not) in its own live region. */
export function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => setStatus(await copyText(text, `Copied ${what}.`));
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
