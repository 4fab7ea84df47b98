'use client';

import dynamic from 'next/dynamic';
import { useId, useRef, useState } from 'react';
import { useBrowserValue } from '@/components/layout/use-server-html';
import type { ChartData } from '@/lib/chart/data';
import { chartHeight } from '@/lib/chart/layout';
import type { ViewId } from '@/lib/views/registry';
import { embedPath, VIEW_ROUTES } from '@/lib/views/routes';
import { mergeScoped } from '@/lib/url/scope';
import { downloadBlob } from '@/components/charts/download-blob';
import { DRAW_CHART_EVENT } from '@/components/charts/chart-frame';

const THEMES = ['auto', 'light', 'dark'] as const;

// Its code and the citations load when the reader asks: nothing of it is in the page's first load.
const CiteDialog = dynamic(() => import('./cite-dialog').then((m) => m.CiteDialog), { ssr: false });

function fileBase(data: ChartData): string {
  return data.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'chart';
}

/** Share, cite and download one chart: link, embed snippet, citation, CSV of its rows, SVG and PNG as shown. */
export function ChartActions({ embed, data, chartId }: { embed?: { view: ViewId; subject: string; own: URLSearchParams }; data: ChartData; chartId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const [theme, setTheme] = useState<(typeof THEMES)[number]>('auto');
  const titleId = useId();
  const citeRef = useRef<HTMLButtonElement>(null);
  const [cite, setCite] = useState<{ url: string; accessed: string } | null>(null);

  const embedParams = new URLSearchParams(embed?.own);
  if (theme !== 'auto') embedParams.set('theme', theme);
  // '' while hydrating, as on the server; the absolute address right after.
  const origin = useBrowserValue(() => window.location.origin, '');
  const embedUrl = embed ? `${origin}${embedPath(embed.view, embed.subject, embedParams)}` : '';
  const snippetTitle = data.title.replace(/[<>&"]/g, '');
  const snippet = `<iframe src="${embedUrl}" title="${snippetTitle}" width="100%" height="${chartHeight(data) + 240}" style="border:0;max-width:100%" loading="lazy" data-crosslingual-embed></iframe>\n<script src="${origin}/embed.js" async></script>`;

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('Copying is blocked here: select the text and copy it by hand.');
    }
  };
  // From the chart's own state, not the address bar: the address is written a frame after the
  // chart is painted (replace-search.ts), and a link copied in that frame would be the old view.
  const pageLink = () => {
    if (!embed) return window.location.href;
    const qs = mergeScoped(new URLSearchParams(window.location.search), embed.own, VIEW_ROUTES[embed.view].prefix).toString();
    return `${window.location.origin}${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
  };
  // A matrix is a table, not a drawn chart: it has its own id attribute, so chart tooling does not wait on it for Recharts.
  const container = () => document.querySelector(`[data-chart-id="${chartId}"], [data-matrix-id="${chartId}"]`);
  const downloadCsv = async () => {
    const { chartDataToCsv } = await import('@/lib/chart/export-csv');
    downloadBlob(new Blob([chartDataToCsv(data)], { type: 'text/csv;charset=utf-8' }), `${fileBase(data)}.csv`);
    setStatus('CSV downloaded.');
  };
  const downloadImage = async (kind: 'svg' | 'png') => {
    const el = container();
    const { chartSvg, svgToPngBlob } = await import('@/components/charts/export-image');
    const draw = () => (el ? chartSvg(el, data, window.location.href) : null);
    let svg = draw();
    if (!svg && el) {
      // Until the reader points at it, the chart is server HTML: have it draw its SVG, without animation.
      setStatus('Drawing the chart…');
      el.dispatchEvent(new Event(DRAW_CHART_EVENT));
      for (let waited = 0; !svg && waited < 15_000; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        if (el.getAttribute('data-interactive') === 'true') svg = draw();
      }
    }
    if (!svg) {
      setStatus('The chart could not be drawn here; the CSV has the same numbers.');
      return;
    }
    try {
      const blob = kind === 'svg' ? new Blob([svg.svg], { type: 'image/svg+xml' }) : await svgToPngBlob(svg.svg, svg.width, svg.height);
      downloadBlob(blob, `${fileBase(data)}.${kind}`);
      setStatus(`${kind.toUpperCase()} downloaded.`);
    } catch (e) {
      setStatus(e instanceof Error ? e.message : 'The image could not be made.');
    }
  };

  return (
    <div className="chart-actions" role="group" aria-label="Share, cite and download this chart">
      <button type="button" onClick={() => copy(pageLink(), 'Link copied: it reproduces this view.')}>
        Copy link
      </button>
      {embed ? (
        <button type="button" onClick={() => dialogRef.current?.showModal()}>
          Embed
        </button>
      ) : null}
      <button type="button" onClick={downloadCsv}>
        Download CSV
      </button>
      <button type="button" onClick={() => downloadImage('svg')}>
        SVG
      </button>
      <button type="button" onClick={() => downloadImage('png')}>
        PNG
      </button>
      {/* The link and the date as of the click: the view the reader is looking at, today. */}
      <button ref={citeRef} type="button" aria-haspopup="dialog" onClick={() => setCite({ url: pageLink(), accessed: new Date().toISOString().slice(0, 10) })}>
        Cite this view
      </button>
      {cite ? (
        <CiteDialog
          title={data.title}
          sourceIds={data.sources.map((s) => s.id)}
          {...cite}
          onClose={() => {
            setCite(null);
            citeRef.current?.focus();
          }}
        />
      ) : null}
      <a href="/import" className="add-yours">
        Add your results
      </a>
      <span role="status" aria-live="polite" className="note">
        {status}
      </span>
      <dialog ref={dialogRef} aria-labelledby={titleId} className="embed-dialog">
        <h2 id={titleId}>Embed this chart</h2>
        <p className="note">
          Paste this into any web page. The chart stays live, credits its sources and links back to this view. The optional script sizes the frame to
          its content; without it the frame keeps the height given here.
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
    </div>
  );
}
