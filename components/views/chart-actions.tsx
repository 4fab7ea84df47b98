'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import type { ChartData } from '@/lib/chart/data';
import type { ViewId } from '@/lib/views/registry';
import { VIEW_ROUTES } from '@/lib/views/routes';
import { mergeScoped } from '@/lib/url/scope';
import { downloadBlob } from '@/components/charts/download-blob';
import { copyText } from '@/components/controls/copy-text';
import { DRAW_CHART_EVENT } from '@/components/charts/chart-frame';

// The dialogs' code (and the citations) load when the reader asks: none of it is in the page's first load.
const EmbedDialog = dynamic(() => import('./embed-dialog').then((m) => m.EmbedDialog), { ssr: false });
const CiteDialog = dynamic(() => import('./cite-dialog').then((m) => m.CiteDialog), { ssr: false });

function fileBase(data: ChartData): string {
  return data.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'chart';
}

/** Share, cite and download one chart: link, embed snippet, citation, CSV of its rows, SVG and PNG as shown. */
export function ChartActions({ embed, data, chartId }: { embed?: { view: ViewId; subject: string; own: URLSearchParams }; data: ChartData; chartId: string }) {
  const [status, setStatus] = useState('');
  const embedRef = useRef<HTMLButtonElement>(null);
  const citeRef = useRef<HTMLButtonElement>(null);
  // The open dialog: the embed snippet's, or the citation's with the link and date of the click.
  const [open, setOpen] = useState<'embed' | { url: string; accessed: string } | null>(null);
  // Closed (Close, Escape): the focus goes back to the button that opened it.
  const close = () => {
    (open === 'embed' ? embedRef : citeRef).current?.focus();
    setOpen(null);
  };

  const copy = async (text: string, done: string) => setStatus(await copyText(text, done));
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
        <button ref={embedRef} type="button" aria-haspopup="dialog" onClick={() => setOpen('embed')}>
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
      <button ref={citeRef} type="button" aria-haspopup="dialog" onClick={() => setOpen({ url: pageLink(), accessed: new Date().toISOString().slice(0, 10) })}>
        Cite this view
      </button>
      <a href="/import" className="add-yours">
        Add your results
      </a>
      <span role="status" aria-live="polite" className="note">
        {status}
      </span>
      {open === 'embed' && embed ? <EmbedDialog embed={embed} data={data} copy={copy} onClose={close} /> : null}
      {open && open !== 'embed' ? <CiteDialog title={data.title} sourceIds={data.sources.map((s) => s.id)} {...open} onClose={close} /> : null}
    </div>
  );
}
