/**
 * A view is one kind of chart: a typed spec, its one URL codec, and the function that
 * resolves spec + slice into ChartData. Pages, embeds, tables and downloads all go
 * through the same definition, looked up by id in the registry.
 */
import type { ChartData } from '../chart/data';
import type { Decoded } from '../url/codec';
import type { ParamSource } from '../url/params';

export interface ViewDef<S, Slice, Ctx> {
  id: string;
  /** The slice as the page packed it for the browser → the slice the view works on. */
  unpack(packed: unknown): Slice;
  /** What the spec can take for this subject and slice: allowed values and defaults. */
  context(subject: string, slice: Slice): Ctx;
  defaults(ctx: Ctx): S;
  decode(params: ParamSource, ctx: Ctx): Decoded<S>;
  /** Only what differs from defaults(ctx). */
  encode(spec: S, ctx: Ctx): URLSearchParams;
  build(spec: S, slice: Slice, ctx: Ctx): ChartData;
  /** Views that can draw a matrix: the spec with its rows sorted by a column key or the summary. */
  sortMatrix?(spec: S, by: string): S;
}
