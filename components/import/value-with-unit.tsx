import type { Unit } from '@/lib/data/units';

/** The unit the importer decided, as it is written beside a value; never a rescaling of the value. */
export function unitBeside(unit: Unit): string {
  if (unit === 'percent') return '%';
  if (unit === 'unknown-scale') return '(scale unknown: not decided from the file)';
  return `(${unit})`;
}

/** A published value and its unit, side by side under one "Value" header (its `colSpan` is 2). */
export function ValueCells({ value, unit }: { value: string; unit: Unit }) {
  return (
    <>
      <td className="num">{value}</td>
      <td className="unit" data-unit={unit}>
        {unitBeside(unit)}
      </td>
    </>
  );
}
