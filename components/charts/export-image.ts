/**
 * SVG and PNG of a chart as shown: the Recharts SVG with its CSS variables resolved,
 * plus the title, the legend and the source line, so the file stands on its own.
 */
import type { ChartData } from '@/lib/chart/data';
import { matrixSvg } from './matrix/matrix-svg';

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
  t.setAttribute('font-family', 'system-ui, sans-serif');
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('fill', fill);
  t.textContent = content;
  return t;
}

export function chartSvg(container: Element, data: ChartData, pageUrl: string): { svg: string; width: number; height: number } | null {
  const surface = container.querySelector('svg.recharts-surface');
  if (!surface) return matrixSvg(container, data, pageUrl);
  const colors = colorResolver(container);
  const resolve = colors.resolve;
  const fg = resolve('var(--fg)');
  const bg = resolve('var(--bg)');
  const width = surface.clientWidth || Number(surface.getAttribute('width')) || 800;
  const chartHeight = surface.clientHeight || Number(surface.getAttribute('height')) || 400;

  const clone = surface.cloneNode(true) as SVGSVGElement;
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) if (attr.value.includes('var(--')) el.setAttribute(attr.name, resolve(attr.value));
  }

  // Header: title and a legend line per ~80 characters; footer: sources and link.
  const legend: string[][] = [[]];
  let lineLength = 0;
  for (const s of data.series) {
    if (lineLength + s.label.length > Math.floor(width / 8) && legend[legend.length - 1].length) {
      legend.push([]);
      lineLength = 0;
    }
    legend[legend.length - 1].push(s.key);
    lineLength += s.label.length + 4;
  }
  const header = 30 + legend.length * 18;
  const footer = 22 + data.sources.length * 14;
  const height = header + chartHeight + footer;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', bg);
  root.append(background, text(8, 20, data.title, 15, fg, 600));
  legend.forEach((keys, row) => {
    let x = 8;
    for (const key of keys) {
      const s = data.series.find((x) => x.key === key)!;
      const swatch = document.createElementNS(SVG_NS, 'rect');
      swatch.setAttribute('x', String(x));
      swatch.setAttribute('y', String(30 + row * 18));
      swatch.setAttribute('width', '11');
      swatch.setAttribute('height', '11');
      swatch.setAttribute('fill', s.color);
      root.append(swatch, text(x + 15, 40 + row * 18, s.label, 12, fg));
      x += 15 + s.label.length * 7 + 14;
    }
  });
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${header})`);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  body.append(clone);
  root.append(body);
  data.sources.forEach((s, i) => root.append(text(8, header + chartHeight + 16 + i * 14, `Source: ${s.title} (${s.url})`, 10, fg)));
  root.append(text(8, height - 6, `Crosslingual results dashboard: ${pageUrl}`, 10, fg));
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

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
