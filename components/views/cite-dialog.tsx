'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { CopyButton } from '@/components/controls/copy-button';
import { citationsFor, viewBibtex, viewPlain, type CitationsFile } from '@/lib/site/citation';

let file: Promise<CitationsFile> | undefined;

function loadCitations(): Promise<CitationsFile> {
  file ??= fetch('/citations.json')
    .then((r) => (r.ok ? (r.json() as Promise<CitationsFile>) : Promise.reject(new Error(String(r.status)))))
    .catch((e: unknown) => {
      file = undefined;
      throw e;
    });
  return file;
}

export interface CiteDialogProps {
  title: string;
  sourceIds: string[];
  /** The view's full shareable URL, with its state, when the reader asked. */
  url: string;
  /** The access date, ISO. */
  accessed: string;
  /** The dialog closed (Close, Escape): the opener unmounts it and takes the focus back. */
  onClose: () => void;
}

/**
 * "Cite this view" (loaded when the reader asks, with the code that writes the entries): a
 * modal dialog with the view's own @misc entry (its shareable URL, the access date, the data
 * version) and the citations of the sources behind it. Escape or Close closes it.
 */
export function CiteDialog({ title, sourceIds, url, accessed, onClose }: CiteDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    headingRef.current?.focus();
  }, []);
  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} className="embed-dialog cite-dialog" onClose={onClose}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        Cite this view
      </h2>
      <CiteContent title={title} sourceIds={sourceIds} url={url} accessed={accessed} />
      <div className="dialog-buttons">
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** The view's entry, then its sources'. */
function CiteContent({ title, sourceIds, url, accessed }: Omit<CiteDialogProps, 'onClose'>) {
  const [loaded, setLoaded] = useState<CitationsFile | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    loadCitations().then(
      (f) => live && setLoaded(f),
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  if (loaded === null) return <p className="note">Loading the citations…</p>;
  if (loaded === 'failed')
    return (
      <p role="alert">
        The citations could not be loaded. Every source and its BibTeX are also on <a href="/sources">the sources page</a>.
      </p>
    );
  const view = { title, url, accessed, dataVersion: loaded.dataVersion };
  const misc = viewBibtex(view);
  const plain = viewPlain(view);
  const { sources, bibtex } = citationsFor(sourceIds, loaded.sources);
  return (
    <div className="cite-content">
      <h3>This view</h3>
      <p className="note">Its link reproduces the view with its settings; the note says when you saw it and which version of the data it showed.</p>
      <pre className="bibtex" data-cite="view-bibtex">
        {misc}
      </pre>
      <CopyButton text={misc} label="Copy the view’s BibTeX" what="the view’s BibTeX" />
      <p data-cite="view-plain">{plain}</p>
      <CopyButton text={plain} label="Copy as text" what="the view’s citation" />
      <h3>The sources behind it</h3>
      {bibtex.length ? (
        <>
          <p className="note">BibTeX as the sources publish it.</p>
          {bibtex.map((b) => (
            <div key={b}>
              <pre className="bibtex" data-cite="source-bibtex">
                {b}
              </pre>
              <CopyButton text={b} label="Copy BibTeX" what="the BibTeX entry" />
            </div>
          ))}
        </>
      ) : (
        <p className="note">None of these sources publishes a BibTeX entry: cite them as below.</p>
      )}
      {sources.length ? (
        <ul className="cite-sources">
          {sources.map(({ source, plain: text, paper }) => (
            <li key={source.id} data-cite="source-plain">
              {text}
              {paper ? <span className="note"> Cite it with {paper.title} (BibTeX above).</span> : null} <CopyButton text={text} label="Copy citation" what="the source’s citation" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="note">No numbers in this view, so no sources.</p>
      )}
      <p className="note">
        Every source: <a href="/sources">Sources and citations</a>.
      </p>
    </div>
  );
}
