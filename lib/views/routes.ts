/**
 * Where each view lives: its site page (and the URL key prefix it has there, when it
 * shares the page with another chart) and its embed route. One table, so the "full
 * view" link of an embed and the "embed" snippet of a page always agree.
 */
import { mergeScoped } from '../url/scope';
import type { ViewId } from './registry';

interface ViewRoute {
  page: (subject: string) => string;
  /** URL key prefix of the chart on its page ('' for the page's main chart). */
  prefix: string;
  /** Subjects the view takes in its path; null: a view without subject ('all' in embed paths). */
  hasSubject: boolean;
}

export const VIEW_ROUTES: Record<ViewId, ViewRoute> = {
  task: { page: (s) => `/tasks/${s}`, prefix: '', hasSubject: true },
  language: { page: (s) => `/languages/${s}`, prefix: '', hasSubject: true },
  unseen: { page: () => '/unseen', prefix: '', hasSubject: false },
  spread: { page: () => '/unseen', prefix: 'p', hasSubject: false },
  scaling: { page: () => '/scaling', prefix: '', hasSubject: false },
  prompts: { page: () => '/prompts', prefix: '', hasSubject: false },
  'prompt-table': { page: () => '/prompts', prefix: 't', hasSubject: false },
  model: { page: (s) => `/models/${s}`, prefix: '', hasSubject: true },
  helm: { page: (s) => `/helm/${s.replace('.', '/')}`, prefix: '', hasSubject: true },
};

export const NO_SUBJECT = 'all';

export function embedPath(view: ViewId, subject: string, own: URLSearchParams): string {
  const qs = own.toString();
  return `/embed/${view}/${VIEW_ROUTES[view].hasSubject ? subject : NO_SUBJECT}${qs ? `?${qs}` : ''}`;
}

/** The site page showing the same chart in the same state. */
export function fullViewPath(view: ViewId, subject: string, own: URLSearchParams): string {
  const route = VIEW_ROUTES[view];
  const qs = mergeScoped(new URLSearchParams(), own, route.prefix).toString();
  return `${route.page(subject)}${qs ? `?${qs}` : ''}`;
}

/** A chart's element id (and its table's id prefix): unique per view, subject and URL key prefix on a page. */
export function chartIdFor(view: ViewId, subject: string, prefix = ''): string {
  return `${view}-${subject || NO_SUBJECT}${prefix ? `-${prefix}` : ''}`.replace(/[^\w-]/g, '-');
}
