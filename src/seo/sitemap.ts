/**
 * The sitemap Starlight would add, with hreflang alternates per page, minus one mistake: every
 * language lives in its own folder, but the sitemap's i18n mode reads any address without a language
 * folder (the root language chooser) as the default language, listing `/` as a Finnish alternate of
 * every home page. Alternates are kept only where the address is in that language's folder.
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, localeFromLang, locales } from '../locales';

export function inLanguageFolder(link: { lang: string; url: string }): boolean {
	const locale = localeFromLang(link.lang);
	return locale !== undefined && new URL(link.url).pathname.includes(`/${locale}/`);
}

export function withoutStrayAlternates(item: SitemapItem): SitemapItem {
	return item.links ? { ...item, links: item.links.filter(inLanguageFolder) } : item;
}

export function siteSitemap() {
	return sitemap({
		i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])) },
		serialize: withoutStrayAlternates,
	});
}
