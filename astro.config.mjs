// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { locales, defaultLocale } from './src/locales.ts';
import { sidebar } from './src/sidebar.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';
import { siteSitemap } from './src/seo/sitemap.ts';

const starlightLocales = Object.fromEntries(
	Object.entries(locales).map(([code, { label, lang }]) => [code, { label, lang }]),
);
const siteTitles = Object.fromEntries(
	Object.values(locales).map(({ lang, siteTitle }) => [lang, siteTitle]),
);

// `--site` and `--base` on the command line override these, e.g. for hosting under /kb/.
export default defineConfig({
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	security: { csp: contentSecurityPolicy },
	// Starlight highlights code with Expressive Code; Astro's own Shiki would add inline styles the CSP forbids.
	markdown: { syntaxHighlight: false },
	integrations: [
		starlight({
			title: siteTitles,
			defaultLocale,
			locales: starlightLocales,
			sidebar,
			customCss: ['./src/styles/guidance.css'],
			routeMiddleware: ['./src/seo/route-data.ts'],
			components: {
				LanguageSelect: './src/components/LanguageSelect.astro',
				ThemeProvider: './src/components/ThemeProvider.astro',
			},
		}),
		// After Starlight, which then leaves the sitemap to this configured one.
		siteSitemap(),
	],
});
