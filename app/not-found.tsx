import Link from '@/components/layout/intent-link';
import { SiteChrome } from '@/components/layout/site-chrome';

export default function NotFound() {
  return (
    <SiteChrome>
      <h1>Page not found</h1>
      <p>There is no page at this address. The dataset, language or leaderboard may not be part of the published results.</p>
      <p>
        Go to the <Link href="/">overview</Link>, the list of <Link href="/tasks">tasks</Link> or of <Link href="/languages">languages</Link>.
      </p>
    </SiteChrome>
  );
}
