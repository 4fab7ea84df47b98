'use client';

import dynamic from 'next/dynamic';
import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import type { ChartData } from '@/lib/chart/data';
import { chartHeight } from '@/lib/chart/layout';
import { CellDetails } from './cell-details';
import { ChartLegend } from './chart-legend';
import { HtmlChart } from './html-chart';
import { KEEP_SERVER_HTML, useServerHtml } from '@/components/layout/use-server-html';

export interface InteractiveChartProps {
  data: ChartData;
  height: number;
  /** Called once the interactive chart is drawn, so the static one can step aside. */
  onReady: () => void;
  /** The reader clicked a category: its details (with source links) stay open below the chart. */
  onPick: (category: string) => void;
  /** Draw the marks without animation: the chart frame always asks this (see where it draws the chart). */
  still?: boolean;
}

/** Dispatched on a chart box to have it draw its interactive (SVG) chart, e.g. before an image download. */
export const DRAW_CHART_EVENT = 'crosslingual:draw-chart';

// Recharts is the heaviest dependency: it loads only when the reader points at, touches
// or focuses a chart. Until then (and for readers without JavaScript) the server-rendered
// HTML chart shows the same numbers in the same place.
const CHARTS = {
  bars: dynamic(() => import('./grouped-bar-chart'), { ssr: false }),
  lines: dynamic(() => import('./line-chart'), { ssr: false }),
  strip: dynamic(() => import('./strip-chart'), { ssr: false }),
};

/** The interactive chart's focusable drawing (Recharts' keyboard layer), once drawn. */
const surfaceOf = (box: HTMLElement | null) => box?.querySelector<SVGSVGElement>('svg.recharts-surface[tabindex]') ?? null;

const KIND_TEXT = { bars: 'Horizontal grouped bar chart', lines: 'Line chart', strip: 'Dot (strip) chart with median bars', matrix: 'Matrix' };

/** titleAsHeading: the chart is the page (embeds), so its title is the page's h1. */
export function ChartFrame({ id, data, titleAsHeading = false }: { id: string; data: ChartData; titleAsHeading?: boolean }) {
  const [interactive, setInteractive] = useState(false);
  const [ready, setReady] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  // New numbers draw the fast HTML chart again (Recharts returns on the next pointer or
  // focus); React updates the chart already on screen rather than building a new one.
  const [shown, setShown] = useState(data);
  if (shown !== data) {
    setShown(data);
    setInteractive(false);
    setReady(false);
    setPicked(null);
  }
  const height = chartHeight(data);
  // The matrix is its own component (components/charts/matrix), never drawn by Recharts.
  const Chart = CHARTS[data.kind === 'matrix' ? 'bars' : data.kind];
  const seriesNames = data.series.map((s) => s.label);
  const summary = `${KIND_TEXT[data.kind]}: ${data.valueLabel} for ${seriesNames.length} series (${seriesNames.slice(0, 6).join(', ')}${seriesNames.length > 6 ? ', …' : ''}) across ${data.categories.length} ${data.categoryLabel.toLowerCase()} categories${data.lowerIsBetter ? '; lower is better' : ''}. Every number is also in the table below.`;
  const hasData = data.categories.length > 0 && data.series.length > 0;
  // A pointer or focus that reaches the chart while the page is still hydrating must not
  // change what it renders yet (React would find the server HTML different and re-render
  // the whole page); the next pointer move or focus after hydration does.
  const hydratedRef = useRef(false);
  // The server's HTML chart is already right: keep it rather than hydrate it.
  const serverHtml = useServerHtml(data);
  const boxRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    hydratedRef.current = true;
    // A reader who tabbed to the chart before the page had hydrated (a server-rendered shared
    // link hydrates later than a static page) gets the interactive chart now: focusing again
    // would fire no new focus event.
    if (document.activeElement === boxRef.current) setInteractive(true);
  }, []);
  const activate = () => {
    if (hydratedRef.current) setInteractive(true);
  };
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const draw = () => setInteractive(true);
    box.addEventListener(DRAW_CHART_EVENT, draw);
    return () => box.removeEventListener(DRAW_CHART_EVENT, draw);
  }, []);
  // The reader who tabbed to the chart lands in the interactive one, where the arrow keys
  // work, rather than on its now inert box: when it is drawn while the box has the focus,
  // and when the box gets the focus after. The drawing says what it is and how to use it.
  useEffect(() => {
    const box = boxRef.current;
    const surface = ready ? surfaceOf(box) : null;
    if (!surface) return;
    surface.setAttribute('aria-label', `${data.title}. Arrow keys move between categories; Enter keeps one's numbers open below the chart.`);
    if (document.activeElement === box) surface.focus();
  }, [ready, data.title]);
  const onBoxFocus = (e: FocusEvent<HTMLDivElement>) => {
    activate();
    if (ready && e.target === e.currentTarget) surfaceOf(e.currentTarget)?.focus();
  };
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      {titleAsHeading ? (
        <h1 id={`${id}-title`} className="chart-title">
          {data.title}
        </h1>
      ) : (
        <figcaption id={`${id}-title`}>{data.title}</figcaption>
      )}
      <p id={`${id}-summary`} className="visually-hidden">
        {summary}
      </p>
      <ChartLegend data={data} />
      <div
        ref={boxRef}
        className="chart-box"
        style={{ height }}
        data-chart-id={id}
        data-interactive={ready ? 'true' : 'false'}
        role="group"
        aria-label={ready ? 'Interactive chart' : 'Chart; focus it to load the interactive version with tooltips'}
        tabIndex={hasData && !interactive ? 0 : -1}
        onPointerEnter={activate}
        onPointerMove={interactive ? undefined : activate}
        onTouchStart={activate}
        onFocus={onBoxFocus}
      >
        {!hasData ? (
          <div className="chart-placeholder" style={{ height }}>
            No data available for this selection.
          </div>
        ) : (
          <>
            {!ready ? (
              serverHtml.kept ? (
                <div style={{ position: 'absolute', inset: 0 }} {...KEEP_SERVER_HTML} />
              ) : (
                <div style={{ position: 'absolute', inset: 0 }}>
                  <HtmlChart data={data} height={height} />
                </div>
              )
            ) : null}
            {interactive ? (
              <div style={{ position: 'absolute', inset: 0, visibility: ready ? 'visible' : 'hidden' }}>
                {/* The chart it replaces already shows every bar at its value: it never grows them from zero
                    (a bar caught mid-animation, e.g. while scrolling past, read 18 where the table said 82). */}
                <Chart data={data} height={height} onReady={() => setReady(true)} onPick={setPicked} still />
              </div>
            ) : null}
          </>
        )}
      </div>
      {picked !== null ? <CellDetails data={data} category={picked} onClose={() => setPicked(null)} /> : null}
      {data.notes.map((n) => (
        <p className="note" key={n}>
          {n}
        </p>
      ))}
    </figure>
  );
}
