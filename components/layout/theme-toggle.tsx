'use client';

import { useSyncExternalStore } from 'react';

export const THEME_KEY = 'theme';
type Choice = 'auto' | 'light' | 'dark';

declare global {
  interface Window {
    __setTheme?: (choice: Choice) => void;
  }
}

/**
 * Runs before the first paint (inline in <head>), so a remembered theme never flashes.
 * Embeds take their theme from their URL instead. It also applies a choice made in the
 * toggle before React has started (the change would otherwise be lost while the page's
 * scripts load), and is the one place a choice is applied and stored.
 */
export const THEME_BOOT_SCRIPT = `(function(){var K='${THEME_KEY}',d=document.documentElement;function set(t){var fixed=t==='light'||t==='dark';if(fixed)d.setAttribute('data-theme',t);else d.removeAttribute('data-theme');try{if(fixed)localStorage.setItem(K,t);else localStorage.removeItem(K)}catch(e){}}window.__setTheme=set;try{var t=localStorage.getItem(K);if((t==='light'||t==='dark')&&location.pathname.indexOf('/embed/')!==0)d.setAttribute('data-theme',t)}catch(e){}document.addEventListener('change',function(e){var s=e.target;if(s&&s.matches&&s.matches('select[data-theme-choice]'))set(s.value)})})()`;

const listeners = new Set<() => void>();
function read(): Choice {
  const t = document.documentElement.getAttribute('data-theme');
  return t === 'light' || t === 'dark' ? t : 'auto';
}
function write(choice: Choice) {
  window.__setTheme?.(choice);
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
      <select data-theme-choice="" value={choice} onChange={(e) => write(e.target.value as Choice)}>
        <option value="auto">system</option>
        <option value="light">light</option>
        <option value="dark">dark</option>
      </select>
    </label>
  );
}
