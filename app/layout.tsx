import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { THEME_BOOT_SCRIPT } from '@/components/layout/theme-toggle';
import { PENDING_VIEW_BOOT_SCRIPT } from '@/components/layout/pending-view-script';
import './globals.css';

export const metadata: Metadata = {
  // Absolute URLs of link previews (og:image): set SITE_URL to the public origin when building.
  ...(process.env.SITE_URL ? { metadataBase: new URL(process.env.SITE_URL) } : {}),
  title: { default: 'Crosslingual results dashboard', template: '%s · Crosslingual results dashboard' },
  description: 'Published BLOOMZ/mT0 and HELM results per language and per task, including languages the models never intentionally saw.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** Only the document: the site's pages add their chrome in (site)/layout, embeds have none. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot scripts may set data-theme and data-pending-view before React hydrates.
    // They open the body, not a <head> of ours: React 19.3 loses its hydration place when the
    // <head> element waits for a late part of the page's payload, and under load then
    // mismatched a page's whole body (error #418) and drew it again.
    <html lang="en" suppressHydrationWarning>
      <body>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: PENDING_VIEW_BOOT_SCRIPT }} />
        {children}
      </body>
    </html>
  );
}
