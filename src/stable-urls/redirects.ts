/**
 * Pages that moved or were removed: old address → where it went, both written from the site's base
 * ("/fi/old-name/" → "/fi/new-name/"). docs/published-urls.txt lists every address the site has published;
 * a test fails when one of them disappears without an entry here, so links in courses and printouts keep
 * working. The build writes a small page at the old address that forwards to the new one.
 */
export const redirects: Record<string, string> = {};
