/**
 * The matrix as an SVG file, drawn from the table on screen (its order, its colours resolved
 * for the current theme), with the title, the legend's words and the sources, like the other
 * charts' downloads.
 */
import type { ChartData } from '@/lib/chart/data';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ROW = 20;
const CHAR = 6.6;

function esc(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** Computed colours may come back as color(srgb r g b) from color-mix(); SVG viewers want rgb(). */
function svgColor(css: string): string {
  const m = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(css);
  if (!m) return css;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Math.round(Number(v) * 255));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Visible text of a cell: the visually hidden words are for screen readers, not for the image. */
function shownText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('.visually-hidden')) hidden.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function matrixSvg(container: Element, data: ChartData, pageUrl: string): { svg: string; width: number; height: number } | null {
  const table = container.querySelector('table[data-matrix]');
  if (!table) return null;
  const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => ({ text: shownText(cell), style: getComputedStyle(cell), head: cell.tagName === 'TH' })));
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(40, ...rows.map((r) => (r[i]?.text.length ?? 0) * CHAR + 10)));
  const legend = [...(container.closest('.matrix-frame')?.querySelectorAll('.matrix-legend li') ?? [])].map((li) => (li.textContent ?? '').trim());
  const fg = getComputedStyle(container).color;
  const bg = getComputedStyle(document.body).backgroundColor || '#fff';
  const top = 30 + legend.length * 14 + 6;
  const width = Math.ceil(widths.reduce((a, b) => a + b, 0) + 16);
  const height = top + rows.length * ROW + 22 + data.sources.length * 14 + 14;
  const parts: string[] = [`<rect width="100%" height="100%" fill="${svgColor(bg)}"/>`, `<text x="8" y="20" font-size="15" font-weight="600" fill="${fg}">${esc(data.title)}</text>`];
  legend.forEach((line, i) => parts.push(`<text x="8" y="${42 + i * 14}" font-size="11" fill="${fg}">${esc(line)}</text>`));
  rows.forEach((r, ri) => {
    let x = 8;
    r.forEach((c, ci) => {
      const y = top + ri * ROW;
      const fill = svgColor(c.style.backgroundColor);
      if (fill && fill !== 'rgba(0, 0, 0, 0)') parts.push(`<rect x="${x}" y="${y}" width="${widths[ci]}" height="${ROW}" fill="${fill}"/>`);
      parts.push(`<rect x="${x}" y="${y}" width="${widths[ci]}" height="${ROW}" fill="none" stroke="${svgColor(c.style.borderTopColor)}"/>`);
      const weight = c.head || Number(c.style.fontWeight) >= 600 ? 600 : 400;
      parts.push(`<text x="${ci === 0 ? x + 4 : x + widths[ci] - 4}" y="${y + 14}" font-size="11" font-weight="${weight}" text-anchor="${ci === 0 ? 'start' : 'end'}" fill="${svgColor(c.style.color)}">${esc(c.text)}</text>`);
      x += widths[ci];
    });
  });
  const foot = top + rows.length * ROW + 16;
  data.sources.forEach((s, i) => parts.push(`<text x="8" y="${foot + i * 14}" font-size="10" fill="${fg}">${esc(`Source: ${s.title} (${s.url})`)}</text>`));
  parts.push(`<text x="8" y="${height - 6}" font-size="10" fill="${fg}">${esc(`Crosslingual results dashboard: ${pageUrl}`)}</text>`);
  const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">${parts.join('')}</svg>`;
  return { svg, width, height };
}
