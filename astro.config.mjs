// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { locales } from './src/locales.ts';
import { mainEdition } from './src/config/editions.ts';
import { sidebar } from './src/sidebar.ts';
import searchIndex from './src/integrations/search-index.ts';
import { organisationSettings } from './src/config/integration.ts';
import { offlineServiceWorkers } from './src/offline/integration.ts';
import { installableEditions } from './src/install/integration.ts';
import { printableLinks } from './src/print/printable-links.ts';
import { stableUrls } from './src/stable-urls/integration.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';
import { siteSitemap } from './src/seo/sitemap.ts';
import { redirects } from './src/stable-urls/redirects.ts';
import { testRedirects } from './src/stable-urls/test-redirects.ts';

// The organisation's settings (src/config/organisation.ts, or the file ORGANISATION_SETTINGS names).
const settings = await organisationSettings();
// The editions to build (the `editions` setting); the other languages' pages are not built.
const { editions } = settings.organisation;

const starlightLocales = Object.fromEntries(editions.map((code) => [code, { label: locales[code].label, lang: locales[code].lang }]));
// `SEARCH_BASELINE=starlight` builds the site with Starlight's own search instead, for the benchmark only.
const starlightSearch = process.env.SEARCH_BASELINE === 'starlight';

const siteTitles = Object.fromEntries(editions.map((code) => [locales[code].lang, locales[code].siteTitle]));

// `--site` and `--base` on the command line override these, e.g. for hosting under /kb/.
export default defineConfig({
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	vite: {
		build: {
			// Astro inlines small scripts; the service-worker registration must stay a file of its own so a
			// strict Content-Security-Policy (no inline scripts) can allow it. Other assets keep the default.
			assetsInlineLimit: (file) => (/\bBanner\.astro_astro_type_script/.test(file) ? false : undefined),
		},
	},
	security: { csp: contentSecurityPolicy },
	// Stylesheets stay files: Astro's CSP does not hash the styles of components used inside MDX pages
	// (the decision tree's), which a strict style-src would then block.
	build: { inlineStylesheets: 'never' },
	// Starlight highlights code with Expressive Code; Astro's own Shiki would add inline styles the CSP forbids.
	markdown: { syntaxHighlight: false },
	integrations: [
		settings,
		printableLinks(),
		// The published redirects, and those a test build adds (STABLE_URLS_TEST_REDIRECTS; none for a team).
		stableUrls({ ...redirects, ...testRedirects() }, editions),
		starlight({
			title: siteTitles,
			defaultLocale: mainEdition(editions),
			locales: starlightLocales,
			sidebar,
			customCss: ['./src/styles/guidance.css', './src/styles/print.css'],
			routeMiddleware: ['./src/seo/route-data.ts'],
			// "Page not found" speaks every language at once (src/pages/404.astro): a static host serves the
			// one 404 file for every edition.
			disable404Route: true,
			// The site builds its own index (src/integrations/search-index.ts) and search box.
			pagefind: starlightSearch,
			components: {
				LanguageSelect: './src/components/LanguageSelect.astro',
				SiteTitle: './src/components/SiteTitle.astro',
				// Starlight's header plus the link to the safety tree, on every page of every edition.
				Header: './src/components/Header.astro',
				Banner: './src/components/Banner.astro',
				ThemeProvider: './src/components/ThemeProvider.astro',
				// The page footer: when the content was reviewed, and where to report a problem (the `feedback` setting).
				LastUpdated: './src/components/ReviewedDate.astro',
				EditLink: './src/components/ReportProblem.astro',
				// The page's content, then the practice scenarios that rehearse it (issue 15).
				MarkdownContent: './src/components/GuidanceContent.astro',
				...(starlightSearch ? {} : { Search: './src/components/Search.astro' }),
			},
		}),
		// After Starlight, which then leaves the sitemap to this configured one.
		siteSitemap(editions),
		// Before the service workers, which store the manifests and icons for offline use.
		installableEditions({ editions, logo: settings.organisation.logo }),
		...(starlightSearch ? [] : [searchIndex({ editions })]),
		// After the search index, which the service workers precache.
		offlineServiceWorkers({ editions, extraFiles: settings.organisation.logo ? [settings.organisation.logo] : [] }),
	],
});
