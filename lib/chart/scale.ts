/**
 * Value axes shared by the server-rendered chart and the interactive one, so both draw a
 * number at the same place. Percent and fraction axes always start at 0 and end at their
 * maximum (100, 1): bar lengths are honest proportions.
 */
import type { ChartData } from './data';
import { decimalsOf } from './shown-number';

export interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

function niceStep(span: number): number {
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

/**
 * Ticks as whole multiples of the step, each rounded to the step's decimals: adding the step
 * up (or min + i·step) leaves float noise such as -2.77556e-17 where 0 belongs.
 */
function ticksBetween(min: number, max: number, step: number): number[] {
  const decimals = decimalsOf(String(Number(step.toPrecision(12))));
  const first = Math.round(min / step);
  const last = Math.round(max / step);
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push(Number((k * step).toFixed(decimals)) || 0);
  return out;
}

/** Values drawn on the axis: reported, in the axis unit, plus single-prompt points. */
export function drawnValues(data: ChartData): number[] {
  const cells = data.cells.flatMap((c) => [...(c.state === 'reported' && !c.offAxis && c.value !== null ? [c.value] : []), ...(c.points ?? []).map((p) => p.value)]);
  return [...cells, ...(data.references ?? []).map((r) => r.value)];
}

export function valueAxis(data: ChartData): Axis {
  if (data.kind !== 'lines' && data.unit === 'percent') return { min: 0, max: 100, ticks: [0, 25, 50, 75, 100] };
  if (data.kind !== 'lines' && data.unit === 'fraction') return { min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };
  const values = drawnValues(data);
  if (!values.length) return { min: 0, max: 1, ticks: [0, 1] };
  if (data.kind === 'lines') {
    const min = Math.floor(Math.min(...values) / 10) * 10;
    const max = Math.ceil(Math.max(...values) / 10) * 10;
    return { min, max: max === min ? min + 10 : max, ticks: ticksBetween(min, max === min ? min + 10 : max, 10) };
  }
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const step = niceStep(hi - lo || 1);
  const ticks = ticksBetween(Math.floor(lo / step) * step, Math.ceil(hi / step) * step || step, step);
  return { min: ticks[0], max: ticks[ticks.length - 1], ticks };
}

/** Position of a value on the axis, 0–100 (percent of the plot width). */
export function axisPercent(axis: Axis, value: number): number {
  return ((value - axis.min) / (axis.max - axis.min)) * 100;
}

/** Log-scale x axis for line charts (parameter counts), with room on both sides. */
export function logAxis(xs: number[]): { min: number; max: number; percent: (x: number) => number } {
  const min = Math.log10(Math.min(...xs) / 1.5);
  const max = Math.log10(Math.max(...xs) * 1.5);
  return { min, max, percent: (x: number) => ((Math.log10(x) - min) / (max - min)) * 100 };
}

/** Tick values far enough apart (in percent of the axis) that their labels do not overlap. */
export function spacedTicks(values: number[], percent: (v: number) => number, minGap = 6): number[] {
  const out: number[] = [];
  for (const v of [...new Set(values)].sort((a, b) => a - b)) {
    if (!out.length || percent(v) - percent(out[out.length - 1]) >= minGap) out.push(v);
  }
  return out;
}
