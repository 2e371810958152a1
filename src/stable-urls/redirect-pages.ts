/**
 * The small pages that forward an old address to its new one (src/stable-urls/redirects.ts). Astro's own
 * say "Redirecting from … to …" in English; these speak the language of the page they lead to (all four
 * languages when it belongs to none, like the language chooser), work without JavaScript (meta refresh
 * plus a plain link) and hold no script or style, so any Content-Security-Policy allows them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, isLocale, type Locale, localeCodes, locales } from '../locales';

/** The words of a forwarding page in one language (i18n keys `redirect.title` and `redirect.link`). */
export interface RedirectWords {
	title: string;
	link: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page at an old address. `target` is the new address as written in redirects.ts ("/fi/calm/"),
 * `base` the site's base ("/kb/"), `site` its origin ("https://example.org").
 */
export function redirectPage(target: string, base: string, site: string, words: Partial<Record<Locale, RedirectWords>>): string {
	const path = `${base.replace(/\/?$/, '')}${target}`;
	const address = new URL(path, site).href;
	const first = target.split('/')[1] ?? '';
	// Outside an edition: every edition built speaks, the default one first.
	const built = localeCodes.filter((code) => words[code]).sort((a, b) => Number(b === defaultLocale) - Number(a === defaultLocale));
	const languages: Locale[] = isLocale(first) ? [first] : built;
	const [lang] = languages as [Locale];
	const wordsOf = (locale: Locale) => {
		const found = words[locale];
		if (!found) throw new Error(`src/stable-urls/redirects.ts: "${target}" leads to the "${locale}" edition, which this build does not make`);
		return found;
	};
	const link = `<a href="${escapeHtml(path)}">${escapeHtml(address)}</a>`;
	const paragraphs = languages.map((l) => `<p lang="${locales[l].lang}">${escapeHtml(wordsOf(l).title)}. ${escapeHtml(wordsOf(l).link)} ${link}</p>`);
	return `<!doctype html>
<html lang="${locales[lang].lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=${escapeHtml(path)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(languages.map((l) => wordsOf(l).title).join(' · '))}</title>
<link rel="canonical" href="${escapeHtml(address)}">
<link rel="icon" href="${escapeHtml(`${base.replace(/\/?$/, '/')}favicon.svg`)}" type="image/svg+xml">
</head>
<body>
<main>
${paragraphs.join('\n')}
</main>
</body>
</html>
`;
}

/** Writes a forwarding page at every old address into the built site `outDir`. */
export function writeRedirectPages(
	outDir: string,
	redirects: Record<string, string>,
	base: string,
	site: string,
	words: Partial<Record<Locale, RedirectWords>>,
): void {
	for (const [from, to] of Object.entries(redirects)) {
		const dir = join(outDir, ...from.split('/').filter(Boolean));
		if (existsSync(join(dir, 'index.html')))
			throw new Error(`src/stable-urls/redirects.ts: "${from}" is still a page of the site; remove the redirect or the page`);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.html'), redirectPage(to, base, site, words));
	}
}
