import Link from '@/components/layout/intent-link';
import type { ReactNode } from 'react';
import { SiteNav } from './site-nav';
import { ThemeToggle } from './theme-toggle';
import { SiteSearch } from './site-search';

export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link className="brand" href="/">
          Crosslingual results
        </Link>
        <SiteNav />
        <SiteSearch />
        <ThemeToggle />
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        Numbers are shown exactly as published by the BLOOMZ/mT0 paper&apos;s notebooks and model cards and by HELM; every number links to its source
        (<Link href="/sources">all sources</Link>; <Link href="/data">the whole data</Link> as CSV files). Missing results are marked as missing, never as 0.
      </footer>
    </>
  );
}
