/**
 * SVG and PNG of a chart as shown: the Recharts SVG with its CSS variables resolved,
 * plus the title, the whole legend (patterns, missing values, reference lines) and the
 * sources and link, wrapped to the width, in the page's own face, so the file stands on its own.
 */
import type { ChartData } from '@/lib/chart/data';
import { matrixSvg } from './matrix/matrix-svg';
import { legendEntries, type LegendEntry } from '@/lib/chart/legend';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The theme's colours are light-dark() pairs, resolved by the page's color-scheme; a
 * standalone file has none, so each var() is resolved here through a probe element.
 */
function colorResolver(container: Element): { resolve: (value: string) => string; done: () => void } {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  container.append(probe);
  const cache = new Map<string, string>();
  const resolve = (name: string) => {
    if (!cache.has(name)) {
      probe.style.color = `var(${name})`;
      cache.set(name, getComputedStyle(probe).color || '#000');
    }
    return cache.get(name)!;
  };
  return { resolve: (value: string) => value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => resolve(name)), done: () => probe.remove() };
}

function text(x: number, y: number, content: string, size: number, fill: string, weight = 400): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('fill', fill);
  t.textContent = content;
  return t;
}

const svgEl = (name: string, attrs: Record<string, string | number>) => {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

/** Lines of at most `width` pixels in the given face, broken between words (a long URL at any character). */
function wrapper(family: string): (content: string, size: number, width: number) => string[] {
  const ctx = document.createElement('canvas').getContext('2d');
  const measure = (t: string, size: number) => {
    if (!ctx) return t.length * size * 0.56;
    ctx.font = `${size}px ${family}`;
    return ctx.measureText(t).width;
  };
  return (content, size, width) => {
    const lines: string[] = [];
    let line = '';
    for (const word of content.split(/(?<=\s)/)) {
      if (measure(line + word, size) <= width) {
        line += word;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      line = '';
      // A word longer than the line (a URL): cut it where it fills the line.
      let rest = word;
      while (measure(rest, size) > width && rest.length > 1) {
        let n = rest.length;
        while (n > 1 && measure(rest.slice(0, n), size) > width) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    if (line.trim()) lines.push(line.trimEnd());
    return lines;
  };
}

const LEGEND_SIZE = 12;
const LEGEND_LINE = 16;
const MARK = 14;

/** The legend's mark, drawn at (x, y) (its top left), in the file's own terms. */
function legendMark(entry: LegendEntry, x: number, y: number, fg: string, resolve: (v: string) => string): SVGElement | null {
  const color = resolve(entry.color ?? fg);
  switch (entry.mark) {
    case 'swatch':
      return svgEl('rect', { x, y, width: 11, height: 11, fill: color });
    case 'hatch':
      return svgEl('rect', { x, y, width: 11, height: 11, fill: 'url(#export-hatch)', stroke: fg, 'stroke-width': 0.5 });
    case 'dots':
      return svgEl('rect', { x, y, width: 11, height: 11, fill: 'url(#export-dots)', stroke: fg, 'stroke-width': 0.5 });
    case 'line':
    case 'dashed-line':
      return svgEl('line', { x1: x, y1: y + 6, x2: x + 12, y2: y + 6, stroke: color, 'stroke-width': 2, ...(entry.mark === 'dashed-line' ? { 'stroke-dasharray': '4 2' } : {}) });
    case 'reference':
      return svgEl('line', { x1: x, y1: y + 6, x2: x + 12, y2: y + 6, stroke: fg, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' });
    case 'symbol': {
      const t = text(x + 1, y + 10, entry.symbol ?? '', LEGEND_SIZE, fg);
      return t;
    }
    default:
      return null;
  }
}

function patterns(fg: string): SVGElement {
  const defs = svgEl('defs', {});
  const hatch = svgEl('pattern', { id: 'export-hatch', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  hatch.append(svgEl('rect', { width: 2, height: 5, fill: fg }));
  const dots = svgEl('pattern', { id: 'export-dots', width: 4, height: 4, patternUnits: 'userSpaceOnUse' });
  dots.append(svgEl('circle', { cx: 2, cy: 2, r: 1, fill: fg }));
  defs.append(hatch, dots);
  return defs;
}

export function chartSvg(container: Element, data: ChartData, pageUrl: string): { svg: string; width: number; height: number } | null {
  const surface = container.querySelector('svg.recharts-surface');
  if (!surface) return matrixSvg(container, data, pageUrl);
  const colors = colorResolver(container);
  const resolve = colors.resolve;
  const fg = resolve('var(--fg)');
  const bg = resolve('var(--bg)');
  // The site's face as the browser resolved it (var(--font) → its font stack), for every text in the file.
  const family = getComputedStyle(container).fontFamily || 'sans-serif';
  const wrap = wrapper(family);
  const width = surface.clientWidth || Number(surface.getAttribute('width')) || 800;
  const chartHeight = surface.clientHeight || Number(surface.getAttribute('height')) || 400;
  const inner = width - 16;

  const clone = surface.cloneNode(true) as SVGSVGElement;
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) if (attr.value.includes('var(--')) el.setAttribute(attr.name, resolve(attr.value));
    // Inline styles (Recharts' tick and label colours) can carry variables too.
    const style = el.getAttribute('style');
    if (style?.includes('var(--')) el.setAttribute('style', resolve(style));
  }

  const root = svgEl('svg', { xmlns: SVG_NS, 'font-family': family });
  root.append(patterns(fg), svgEl('rect', { width: '100%', height: '100%', fill: bg }));
  let y = 0;
  for (const line of wrap(data.title, 15, inner)) root.append(text(8, (y += 19), line, 15, fg, 600));
  y += 6;
  // The whole legend, as on the page: series, patterns, missing values, highlights, reference lines, warnings.
  const legend = root.appendChild(svgEl('g', { 'data-export-legend': '' }));
  for (const entry of legendEntries(data)) {
    const mark = legendMark(entry, 8, y + 3, fg, resolve);
    const lines = wrap(entry.text, LEGEND_SIZE, inner - (mark ? MARK + 4 : 0));
    const item = svgEl('g', { 'data-legend-entry': '' });
    if (mark) item.append(mark);
    lines.forEach((line, i) => item.append(text(mark ? 8 + MARK + 4 : 8, y + 12 + i * LEGEND_LINE, line, LEGEND_SIZE, fg)));
    legend.append(item);
    y += lines.length * LEGEND_LINE + 2;
  }
  y += 6;
  const body = svgEl('g', { transform: `translate(0 ${y})` });
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  body.append(clone);
  root.append(body);
  y += chartHeight + 6;
  const footer = [...data.sources.map((s) => `Source: ${s.title} (${s.url})`), `Crosslingual results dashboard: ${pageUrl}`];
  for (const line of footer.flatMap((f) => wrap(f, 10, inner))) root.append(text(8, (y += 13), line, 10, fg));
  const height = Math.ceil(y + 8);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  colors.done();
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

export async function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  img.width = width;
  img.height = height;
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('The chart image could not be drawn.'));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed.'))), 'image/png'));
}
