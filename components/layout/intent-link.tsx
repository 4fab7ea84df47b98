'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * next/link prefetches every linked page as soon as the link is on screen. On a page with a nav
 * bar and lists of languages that means parsing several pages' server payloads while the reader
 * is still waiting for this one to respond (measured: most of Lighthouse's blocking time).
 * Here a page is prefetched only once the reader shows intent: pointer over, touch or focus.
 */
export default function IntentLink(props: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  const show = () => setIntent(true);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(e) => {
        show();
        props.onMouseEnter?.(e);
      }}
      onTouchStart={(e) => {
        show();
        props.onTouchStart?.(e);
      }}
      onFocus={(e) => {
        show();
        props.onFocus?.(e);
      }}
    />
  );
}
