import type { HTMLAttributes } from 'react';
import { shownNumber } from '@/lib/chart/shown-number';

/**
 * A published number as the display rule reads it (lib/chart/shown-number.ts). A shortened
 * one has its exact published text as its title. `decimals`: the precision of its table.
 */
export function PublishedNumber({ text, decimals = null, suffix = '', ...rest }: { text: string; decimals?: number | null; suffix?: string } & HTMLAttributes<HTMLSpanElement>) {
  const shown = shownNumber(text, decimals);
  return (
    <span {...rest} title={shown.exact === null ? rest.title : `exactly ${shown.exact}${suffix}`} data-exact={shown.exact ?? undefined}>
      {shown.text}
      {suffix}
    </span>
  );
}
