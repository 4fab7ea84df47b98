'use client';

import Link from '@/components/layout/intent-link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: 'Overview' },
  { href: '/tasks', label: 'Tasks' },
  { href: '/languages', label: 'Languages' },
  { href: '/helm', label: 'HELM' },
  { href: '/unseen', label: 'Unseen languages' },
  { href: '/scaling', label: 'Scaling' },
  { href: '/prompts', label: 'Prompts' },
  { href: '/compare', label: 'Head to head' },
  { href: '/bloom', label: 'BLOOM eval' },
  { href: '/sources', label: 'Sources' },
  { href: '/import', label: 'Your results' },
];

export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {LINKS.map((l) => {
          const current = l.href === '/' ? pathname === '/' : pathname === l.href || pathname.startsWith(`${l.href}/`);
          return (
            <li key={l.href}>
              <Link href={l.href} aria-current={current ? 'page' : undefined}>
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
