/** Site paths that many modules link to: one spelling, so links never drift from the routes. */
export const modelPath = (id: string) => `/models/${encodeURIComponent(id)}`;
