import type { ReactNode } from 'react';

/** The settings of one chart: named after it, and never submitted (every control applies at once). */
export function SettingsForm({ title, children }: { title: string; children: ReactNode }) {
  return (
    <form className="controls" aria-label={`Settings of the chart: ${title}`} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}
