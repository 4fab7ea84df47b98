'use client';

import { useEffect, useRef } from 'react';
import { parsePicks, PICKS_STORAGE_KEY } from '@/lib/models/picks';

function stored(): string | null {
  try {
    return sessionStorage.getItem(PICKS_STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy mode, sandboxed embed)
  }
}

export function rememberPicks(models: readonly string[]): void {
  try {
    sessionStorage.setItem(PICKS_STORAGE_KEY, models.join(','));
  } catch {
    // Not remembered; the URL still carries them.
  }
}

/**
 * The session's picks applied once after mount, never in the first render (which must match
 * the server's HTML), and only to a page opened without settings of its own: a link's
 * settings win over what the session remembers.
 */
export function useRememberedPicks(current: readonly string[], allowed: readonly string[], apply: (models: string[]) => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    if (location.search.length > 1) return;
    const picks = parsePicks(stored(), allowed);
    if (picks.length && picks.join(',') !== current.join(',')) apply(picks);
  });
  // A link's chosen models are remembered too, once the URL is applied.
  const key = current.join(',');
  useEffect(() => {
    if (new URLSearchParams(location.search).get('models') === key) rememberPicks(key.split(','));
  }, [key]);
}
