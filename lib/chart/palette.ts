/**
 * One colour-blind-safe palette (Okabe & Ito), assigned stably per model family so a
 * family keeps its hue on every chart; models within a family differ in lightness.
 * Colour is never the only cue: series are also named in the legend, table and tooltip.
 */
const FAMILY_HUE: Record<string, string> = {
  BLOOMZ: '#0072B2',
  mT0: '#009E73',
  BLOOM: '#E69F00',
  XGLM: '#CC79A7',
  T0: '#D55E00',
  'mTk-Instruct': '#56B4E9',
};
const OTHER_HUES = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

function mix(hex: string, toward: string, amount: number): string {
  const a = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const b = [1, 3, 5].map((i) => parseInt(toward.slice(i, i + 2), 16));
  return '#' + a.map((v, i) => Math.round(v + (b[i] - v) * amount).toString(16).padStart(2, '0')).join('');
}

/** Shades for the 1st, 2nd, … model of a family: base, darker, lighter, … */
const SHADES: [string, number][] = [
  ['#000000', 0],
  ['#000000', 0.35],
  ['#ffffff', 0.4],
  ['#000000', 0.6],
  ['#ffffff', 0.65],
];

export function seriesColor(family: string, indexInFamily: number, fallbackIndex = 0): string {
  const hue = FAMILY_HUE[family] ?? OTHER_HUES[fallbackIndex % OTHER_HUES.length];
  const [toward, amount] = SHADES[indexInFamily % SHADES.length];
  return mix(hue, toward, amount);
}
