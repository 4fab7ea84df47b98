import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SiteNav } from '@/components/layout/site-nav';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Crosslingual results dashboard', template: '%s · Crosslingual results dashboard' },
  description: 'Published BLOOMZ/mT0 and HELM results per language and per task, including languages the models never intentionally saw.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link className="brand" href="/">
            Crosslingual results
          </Link>
          <SiteNav />
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Numbers are shown exactly as published by the BLOOMZ/mT0 paper&apos;s notebooks and model cards and by HELM; every number links to its
          source. Missing results are marked as missing, never as 0.
        </footer>
      </body>
    </html>
  );
}
