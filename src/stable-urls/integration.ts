/**
 * Applies src/stable-urls/redirects.ts: after the build, writes a forwarding page at each old address
 * (src/stable-urls/redirect-pages.ts) that sends the reader to the new one under the base the site is
 * built for. Astro's own `redirects` are not used: their pages are in English.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inUnbuiltEdition } from '../config/editions';
import { localeCodes, type Locale } from '../locales';
import { type RedirectWords, writeRedirectPages } from './redirect-pages';
import { redirects } from './redirects';
import { testRedirects } from './test-redirects';

const pathPattern = /^\/([\w.-]+\/)*$/;

/** The redirects with each new address under `base`; throws naming an entry that is not a path from the base. */
export function redirectsFor(base: string, entries: Record<string, string> = redirects): Record<string, string> {
	const prefix = base.replace(/\/?$/, '');
	return Object.fromEntries(
		Object.entries(entries).map(([from, to]) => {
			for (const path of [from, to])
				if (!pathPattern.test(path)) throw new Error(`src/stable-urls/redirects.ts: "${path}" must be a path from the site's base, like "/fi/calm/"`);
			return [from, `${prefix}${to}`];
		}),
	);
}

/** Each edition's words for a forwarding page, from src/content/i18n/<locale>.json (default: every locale). */
export function redirectWords(i18nDir: URL, editions: readonly Locale[] = localeCodes): Record<Locale, RedirectWords> {
	return Object.fromEntries(
		editions.map((locale) => {
			const file = new URL(`${locale}.json`, i18nDir);
			const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
			const word = (key: string) => {
				const value = strings[key];
				if (typeof value !== 'string' || !value.trim()) throw new Error(`${fileURLToPath(file)} (locale "${locale}"): key "${key}" is missing`);
				return value;
			};
			return [locale, { title: word('redirect.title'), link: word('redirect.link') }];
		}),
	) as Record<Locale, RedirectWords>;
}

/**
 * The redirects of a build that makes only `editions`: an old address in an edition not built, or leading
 * into one, is left out with that edition.
 */
export function redirectsOfEditions(entries: Record<string, string>, editions: readonly Locale[]): Record<string, string> {
	return Object.fromEntries(Object.entries(entries).filter(([from, to]) => !inUnbuiltEdition(from, editions) && !inUnbuiltEdition(to, editions)));
}

export function stableUrls(allEntries: Record<string, string> = { ...redirects, ...testRedirects() }, editions: readonly Locale[] = localeCodes): AstroIntegration {
	const entries = redirectsOfEditions(allEntries, editions);
	let base = '/';
	let site = 'http://localhost/';
	let i18nDir: URL;
	return {
		name: 'stable-urls',
		hooks: {
			'astro:config:setup': ({ config }) => {
				redirectsFor(config.base, allEntries); // fails early on a malformed entry
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site ?? site;
				i18nDir = new URL('content/i18n/', config.srcDir);
			},
			'astro:build:done': ({ dir }) => {
				if (Object.keys(entries).length) writeRedirectPages(fileURLToPath(dir), entries, base, site, redirectWords(i18nDir, editions));
			},
		},
	};
}
