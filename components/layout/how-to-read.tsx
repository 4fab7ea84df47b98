import type { ReactNode } from 'react';

export function HowToRead({ children }: { children: ReactNode }) {
  return (
    <details className="note" open>
      <summary>How to read this</summary>
      <p>{children}</p>
    </details>
  );
}
