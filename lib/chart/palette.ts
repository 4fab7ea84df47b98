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

/**
 * Colours of the models a reader chose, by their place in the choice: the 1st chosen model is
 * always blue, the 2nd vermilion, and so on. Family shades (above) made two chosen models of
 * different families nearly alike (BLOOMZ-7.1B #002e47 and mT0-3.7B #003f2e, both almost black on
 * the dark theme). Each of these is at least 3:1 against both themes' backgrounds and at least 20
 * CIEDE2000 from every other (tests/unit/chart/palette.test.ts); beyond ten, colours repeat, and
 * the task page offers the matrix, which needs none.
 */
export const CHOSEN_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#a59600', '#8700ff', '#c30f3c', '#69695a', '#785a69', '#8787ff'] as const;

export function chosenColor(index: number): string {
  return CHOSEN_PALETTE[index % CHOSEN_PALETTE.length];
}
