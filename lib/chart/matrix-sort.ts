/** The matrix's row order key for "by the row summary" (the mean, or HELM's mean win rate); else a category key. */
export const SUMMARY_SORT = 'summary';
