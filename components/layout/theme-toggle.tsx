'use client';

import { useSyncExternalStore } from 'react';

export const THEME_KEY = 'theme';
type Choice = 'auto' | 'light' | 'dark';

/**
 * Runs before the first paint (inline in <head>), so a remembered theme never flashes.
 * Embeds take their theme from their URL instead.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if((t==='light'||t==='dark')&&location.pathname.indexOf('/embed/')!==0)document.documentElement.setAttribute('data-theme',t)}catch(e){}`;

const listeners = new Set<() => void>();
function read(): Choice {
  const t = document.documentElement.getAttribute('data-theme');
  return t === 'light' || t === 'dark' ? t : 'auto';
}
function write(choice: Choice) {
  if (choice === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage can be blocked; the choice then lasts for this page only.
  }
  listeners.forEach((l) => l());
}

export function ThemeToggle() {
  const choice = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
    () => 'auto' as Choice,
  );
  return (
    <label className="theme-toggle">
      Theme{' '}
      <select value={choice} onChange={(e) => write(e.target.value as Choice)}>
        <option value="auto">system</option>
        <option value="light">light</option>
        <option value="dark">dark</option>
      </select>
    </label>
  );
}
