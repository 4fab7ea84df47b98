import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { ChartData } from '@/lib/chart/data';
import { legendEntries, type LegendEntry } from '@/lib/chart/legend';
import { shownNumber } from '@/lib/chart/shown-number';

/** The link preview's size (Open Graph's and X's large card). */
export const PREVIEW_SIZE = { width: 1200, height: 630 };

let font: Buffer | null = null;
const fontData = () => (font ??= fs.readFileSync(path.join(process.cwd(), 'assets', 'fonts', 'DejaVuSans.ttf')));

// Imported results are coloured by CSS variables the image cannot read.
const solid = (color: string | undefined) => (!color || color.startsWith('var(') ? '#6b6b6b' : color);

const MAX_ROWS = 9;
const MAX_SERIES = 6;

/**
 * The chart in the link's state as a 1200×630 PNG: title, the first rows as bars, the legend
 * with its cues, and the sources. A summary, not the chart itself: the page has the rest.
 */
export function previewImage(data: ChartData, pageUrl: string): ImageResponse {
  const series = data.series.slice(0, MAX_SERIES);
  const rows = data.categories.slice(0, MAX_ROWS);
  const cells = new Map(data.cells.map((c) => [`${c.category}\u0000${c.series}`, c]));
  const values = data.cells.filter((c) => c.state === 'reported' && !c.offAxis && c.value !== null).map((c) => c.value as number);
  // From zero to the largest value shown, so small scales (HELM's calibration errors) still read.
  const max = Math.max(Number.MIN_VALUE, ...values.map(Math.abs));
  // Series are listed with their swatches above (at most MAX_SERIES); the rest of the legend follows.
  const legend = legendEntries(data)
    .filter((e) => !(['swatch', 'line', 'dashed-line'].includes(e.mark) && data.series.some((s) => s.label === e.text)))
    .slice(0, 10);
  const barHeight = Math.max(4, Math.floor(34 / Math.max(1, series.length)));
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#1a1a1a', padding: '36px 48px', fontFamily: 'DejaVu Sans' }}>
        <div style={{ display: 'flex', fontSize: 34, lineHeight: 1.2 }}>{data.title}</div>
        <div style={{ display: 'flex', flex: 1, marginTop: 18 }}>
          <div style={{ display: 'flex', flexDirection: 'column', width: 700 }}>
            {rows.map((cat) => (
              <div key={cat.key} style={{ display: 'flex', alignItems: 'center', marginBottom: 6 }}>
                <div style={{ display: 'flex', width: 170, fontSize: 18, overflow: 'hidden' }}>{cat.label}</div>
                <div style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
                  {series.map((s) => {
                    const c = cells.get(`${cat.key}\u0000${s.key}`);
                    const drawn = c && c.state === 'reported' && !c.offAxis && c.value !== null;
                    const width = drawn ? Math.max(2, Math.round((Math.abs(c.value as number) / max) * 420)) : 0;
                    const hatched = c?.coverage === 'unseen' && data.kind === 'bars';
                    return (
                      <div key={s.key} style={{ display: 'flex', alignItems: 'center', height: barHeight + 2 }}>
                        <div
                          style={{
                            display: 'flex',
                            width,
                            height: barHeight,
                            backgroundColor: solid(s.color),
                            // Satori fails on undefined style values: the key is left out instead.
                            ...(hatched ? { backgroundImage: 'repeating-linear-gradient(45deg, rgba(255,255,255,0.75) 0px, rgba(255,255,255,0.75) 3px, transparent 3px, transparent 7px)' } : {}),
                          }}
                        />
                        <div style={{ display: 'flex', fontSize: Math.min(14, barHeight + 4), marginLeft: 6, color: '#444444' }}>
                          {drawn ? shownNumber(c.published ?? String(c.value)).text : c?.state === 'reported' ? '' : '×'}
                        </div>
                      </div>
                    );
                  })}
                </div>
              </div>
            ))}
            {data.categories.length > rows.length ? (
              <div style={{ display: 'flex', fontSize: 16, color: '#555555' }}>… and {data.categories.length - rows.length} more (all on the page)</div>
            ) : null}
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', flex: 1, marginLeft: 24, fontSize: 16 }}>
            {series.map((s) => (
              <LegendLine key={s.key} entry={{ mark: 'swatch', color: s.color, text: s.label }} />
            ))}
            {data.series.length > series.length ? <div style={{ display: 'flex', marginBottom: 6 }}>+ {data.series.length - series.length} more series</div> : null}
            {legend.map((e, i) => (
              <LegendLine key={i} entry={e} />
            ))}
          </div>
        </div>
        <div style={{ display: 'flex', fontSize: 15, color: '#555555', marginTop: 8 }}>
          Source{data.sources.length === 1 ? '' : 's'}: {data.sources.map((s) => s.title).join('; ') || 'none'} · {pageUrl}
        </div>
      </div>
    ),
    { ...PREVIEW_SIZE, fonts: [{ name: 'DejaVu Sans', data: fontData(), style: 'normal', weight: 400 }] },
  );
}

function LegendLine({ entry }: { entry: LegendEntry }) {
  const mark =
    entry.mark === 'swatch' ? (
      <div style={{ display: 'flex', width: 16, height: 16, backgroundColor: solid(entry.color), marginRight: 8, flexShrink: 0 }} />
    ) : entry.mark === 'hatch' ? (
      <div style={{ display: 'flex', width: 16, height: 16, marginRight: 8, flexShrink: 0, backgroundColor: '#777777', backgroundImage: 'repeating-linear-gradient(45deg, #ffffff 0px, #ffffff 3px, transparent 3px, transparent 6px)' }} />
    ) : entry.mark === 'reference' || entry.mark === 'dashed-line' || entry.mark === 'line' ? (
      <div style={{ display: 'flex', width: 16, height: 0, borderTop: `2px ${entry.mark === 'line' ? 'solid' : 'dashed'} ${solid(entry.color ?? '#1a1a1a')}`, marginRight: 8, marginTop: 8, flexShrink: 0 }} />
    ) : entry.symbol ? (
      <div style={{ display: 'flex', width: 16, marginRight: 8, flexShrink: 0 }}>{entry.symbol}</div>
    ) : null;
  return (
    <div style={{ display: 'flex', marginBottom: 6, lineHeight: 1.25 }}>
      {mark}
      <div style={{ display: 'flex', flex: 1 }}>{entry.text}</div>
    </div>
  );
}
