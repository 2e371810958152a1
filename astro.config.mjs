// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { locales, defaultLocale } from './src/locales.ts';
import { sidebar } from './src/sidebar.ts';
import searchIndex from './src/integrations/search-index.ts';

const starlightLocales = Object.fromEntries(
	Object.entries(locales).map(([code, { label, lang }]) => [code, { label, lang }]),
);
// `SEARCH_BASELINE=starlight` builds the site with Starlight's own search instead, for the benchmark only.
const starlightSearch = process.env.SEARCH_BASELINE === 'starlight';

const siteTitles = Object.fromEntries(
	Object.values(locales).map(({ lang, siteTitle }) => [lang, siteTitle]),
);

// `--site` and `--base` on the command line override these, e.g. for hosting under /kb/.
export default defineConfig({
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: siteTitles,
			defaultLocale,
			locales: starlightLocales,
			sidebar,
			customCss: ['./src/styles/guidance.css'],
			// The site builds its own index (src/integrations/search-index.ts) and search box.
			pagefind: starlightSearch,
			components: {
				LanguageSelect: './src/components/LanguageSelect.astro',
				...(starlightSearch ? {} : { Search: './src/components/Search.astro' }),
			},
		}),
		...(starlightSearch ? [] : [searchIndex()]),
	],
});
