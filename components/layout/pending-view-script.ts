import { NOT_SETTINGS } from '@/lib/url/codec';

/**
 * Runs before the first paint. A statically served page was prerendered with its default
 * view; when its URL carries settings (a shared link on a static host), charts and tables
 * still pending (`.chart-view[data-state=pending]`) show a placeholder instead of the
 * default numbers until the browser has applied the URL. Rendered on the server with the
 * state (`npm start`), a chart is never pending. Without JavaScript nothing is hidden.
 */
export const PENDING_VIEW_BOOT_SCRIPT = `try{var n=${NOT_SETTINGS.toString()},s=0;new URLSearchParams(location.search).forEach(function(v,k){if(!n.test(k))s=1});if(s)document.documentElement.setAttribute('data-pending-view','')}catch(e){}`;
