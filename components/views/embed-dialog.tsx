'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { ChartData } from '@/lib/chart/data';
import { chartHeight } from '@/lib/chart/layout';
import type { ViewId } from '@/lib/views/registry';
import { embedPath } from '@/lib/views/routes';

const THEMES = ['auto', 'light', 'dark'] as const;

export interface EmbedDialogProps {
  embed: { view: ViewId; subject: string; own: URLSearchParams };
  data: ChartData;
  /** Copies with the toolbar's status line. */
  copy: (text: string, done: string) => void;
  /** The dialog closed (Close, Escape): the opener unmounts it and takes the focus back. */
  onClose: () => void;
}

/** "Embed" (loaded when the reader asks): the iframe snippet for this view, with a theme. */
export function EmbedDialog({ embed, data, copy, onClose }: EmbedDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [theme, setTheme] = useState<(typeof THEMES)[number]>('auto');
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const embedParams = new URLSearchParams(embed.own);
  if (theme !== 'auto') embedParams.set('theme', theme);
  // Mounted in the browser only (on click), so the absolute address is known.
  const origin = window.location.origin;
  const embedUrl = `${origin}${embedPath(embed.view, embed.subject, embedParams)}`;
  const snippetTitle = data.title.replace(/[<>&"]/g, '');
  const snippet = `<iframe src="${embedUrl}" title="${snippetTitle}" width="100%" height="${chartHeight(data) + 240}" style="border:0;max-width:100%" loading="lazy" data-crosslingual-embed></iframe>\n<script src="${origin}/embed.js" async></script>`;

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} className="embed-dialog" onClose={onClose}>
      <h2 id={titleId}>Embed this chart</h2>
      <p className="note">
        Paste this into any web page. The chart stays live, credits its sources and links back to this view. The optional script sizes the frame to its
        content; without it the frame keeps the height given here.
      </p>
      <label>
        Theme{' '}
        <select value={theme} onChange={(e) => setTheme(e.target.value as (typeof THEMES)[number])}>
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {t === 'auto' ? 'auto (follows the reader’s setting)' : t}
            </option>
          ))}
        </select>
      </label>
      <label className="snippet-label">
        Snippet
        <textarea readOnly value={snippet} rows={5} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p>
        <a href={embedUrl} target="_blank" rel="noopener noreferrer">
          Preview the embed
        </a>
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => copy(snippet, 'Embed snippet copied.')}>
          Copy snippet
        </button>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
