import type { ReactNode } from 'react';

/** Folded: the chart's legend and caption already explain its cues, and open it pushed the chart off a phone's first screen. */
export function HowToRead({ children }: { children: ReactNode }) {
  return (
    <details className="note">
      <summary>How to read this</summary>
      <p>{children}</p>
    </details>
  );
}
