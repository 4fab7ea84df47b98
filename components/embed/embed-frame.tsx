'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useUrlParams } from '@/components/controls/use-url-params';
import { readParam, type ParamSource } from '@/lib/url/params';

export const EMBED_HEIGHT_MESSAGE = 'crosslingual-embed:height';
const THEMES = ['auto', 'light', 'dark'];

function themeOf(params: ParamSource): { theme: string; problem: string | null } {
  const raw = readParam(params, 'theme');
  if (raw === null || THEMES.includes(raw)) return { theme: raw ?? 'auto', problem: null };
  return { theme: 'auto', problem: `theme=${raw} is not one of ${THEMES.join(', ')}; showing auto.` };
}

/**
 * The embed's box: theme from ?theme=, and a height message to the host page whenever
 * the content's height changes: postMessage({ type: 'crosslingual-embed:height', height }).
 */
export function EmbedFrame({ query, children }: { query: ParamSource | null; children: ReactNode }) {
  const url = useUrlParams();
  if (query) return <FrameBody params={query}>{children}</FrameBody>;
  return (
    <>
      {url.watcher}
      <FrameBody params={url.params}>{children}</FrameBody>
    </>
  );
}

function FrameBody({ params, children }: { params: ParamSource; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const { theme, problem } = themeOf(params);
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height, href: window.location.href }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(el);
    report();
    return () => observer.disconnect();
  }, []);
  return (
    <main ref={ref} className="embed-root" data-theme={theme}>
      {problem ? (
        <p className="problems" role="status">
          {problem}
        </p>
      ) : null}
      {children}
    </main>
  );
}
