/**
 * How many pages the browser tests drive at once (concurrent tests, pooled pages). Three keeps both cores
 * busy while pages wait on the network or the clock; `PAGES_AT_ONCE=1` runs them one by one.
 */
export const pagesAtOnce = Math.max(1, Number(process.env.PAGES_AT_ONCE) || 3);
