/**
 * The sitemap Starlight would add, with hreflang alternates per page, minus one mistake: every
 * language lives in its own folder, but the sitemap's i18n mode reads any address without a language
 * folder (the root language chooser) as the default language, listing `/` as a Finnish alternate of
 * every home page. Alternates are kept only where the address is in that language's folder.
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { mainEdition } from '../config/editions';
import { localeFromLang, locales, type Locale } from '../locales';

export function inLanguageFolder(link: { lang: string; url: string }): boolean {
	const locale = localeFromLang(link.lang);
	return locale !== undefined && new URL(link.url).pathname.includes(`/${locale}/`);
}

export function withoutStrayAlternates(item: SitemapItem): SitemapItem {
	return item.links ? { ...item, links: item.links.filter(inLanguageFolder) } : item;
}

/** An address inside an edition's folder (with one edition, the root only forwards to it and is not listed). */
export function inEditionFolder(url: string, editions: readonly Locale[]): boolean {
	return editions.some((code) => new URL(url).pathname.includes(`/${code}/`));
}

/** The sitemap of the editions built. */
export function siteSitemap(editions: readonly Locale[]) {
	return sitemap({
		filter: (page) => editions.length > 1 || inEditionFolder(page, editions),
		i18n: { defaultLocale: mainEdition(editions), locales: Object.fromEntries(editions.map((code) => [code, locales[code].lang])) },
		serialize: withoutStrayAlternates,
	});
}
