import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect } from 'vitest';
import { appIconFolder, appIcons, appleTouchIcon, manifestFile } from '../../src/install/app-files';
import { locales } from '../../src/locales';
import { interfaceStrings } from '../support/site';
import { builtPages, loadPage } from './support/built-site';
import { recipe, startNginx, substitute } from './support/deploy-recipes';
import { openProfile, site, test, type OpenedPage, type ServedSite } from './support/harness';

/** How each build is served: the shipped one as the run serves it, the two-edition one by docs/deploy.md's nginx recipe, as is. */
const builds: Array<{ name: string; site: ServedSite; serve?: (site: ServedSite) => Promise<{ origin: string; stop: () => Promise<void> }> }> = [
	{ name: 'the shipped build', site: site('shipped') },
	{
		name: 'two editions under the nginx recipe',
		site: site('two-editions'),
		serve: (two) =>
			startNginx('install', (port) =>
				substitute(substitute(recipe('# /etc/nginx/conf.d/kb.conf'), 'listen 80;', `listen 127.0.0.1:${port};`), 'root /var/www/kb;', `root ${two.hostDir};`),
			),
	},
	{ name: 'one edition under /kb/', site: site('single-edition') },
];

describe.each(builds)('$name', ({ site, serve }) => {
	let origin = site.origin;
	/** Installability is judged for a browser profile, not for an incognito-like context. */
	let profile: OpenedPage;
	beforeAll(async () => {
		if (serve) {
			const server = await serve(site);
			origin = server.origin;
			// Stopped with the file, after the profile that uses it.
			return () => server.stop();
		}
		return undefined;
	});
	beforeAll(async () => {
		profile = await openProfile(origin, { serviceWorkers: 'allow' });
	});

	test('every page of an edition links that edition\'s manifest and the home-screen icon for iOS', () => {
		expect(site.editions.length).toBeGreaterThan(0);
		for (const edition of site.editions) {
			const pages = builtPages(site.outDir).filter((path) => path.startsWith(`${edition}/`));
			expect(pages.length).toBeGreaterThan(10);
			for (const path of pages) {
				const $ = loadPage(site, path);
				expect($('link[rel="manifest"]').attr('href'), path).toBe(`${site.base}${manifestFile(edition)}`);
				expect($('link[rel="apple-touch-icon"]').attr('href'), path).toBe(`${site.base}${appIconFolder}${appleTouchIcon.file}`);
			}
		}
	});

	test('each manifest names the app in its language, starts at its home, is scoped to its folder and opens standalone', () => {
		expect(site.editions.length).toBeGreaterThan(0);
		for (const edition of site.editions) {
			const manifest = JSON.parse(readFileSync(`${site.outDir}${manifestFile(edition)}`, 'utf8'));
			const strings = interfaceStrings(edition);
			const home = `${site.base}${edition}/`;
			expect(manifest).toMatchObject({
				id: home,
				name: strings['app.name'],
				short_name: strings['app.shortName'],
				lang: locales[edition].lang,
				start_url: home,
				scope: home,
				display: 'standalone',
				theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
				background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
			});
			expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
			for (const icon of [...appIcons, appleTouchIcon]) {
				const png = PNG.sync.read(readFileSync(`${site.outDir}${appIconFolder}${icon.file}`));
				expect([png.width, png.height], icon.file).toEqual([icon.size, icon.size]);
			}
		}
	});

	test('Chromium reports every edition installable, and the installed app starts offline', async () => {
		const { context } = profile;
		expect(site.editions.length).toBeGreaterThan(0);
		for (const edition of site.editions) {
			// Console errors, uncaught errors and requests to other origins fail the test through the harness.
			const page = await context.newPage();
			await page.goto(`${origin}${site.base}${edition}/calm/`);
			await page.evaluate(() => navigator.serviceWorker.ready);
			const cdp = await context.newCDPSession(page);
			const { url, errors: manifestErrors } = await cdp.send('Page.getAppManifest');
			expect(url).toBe(`${origin}${site.base}${manifestFile(edition)}`);
			expect(manifestErrors).toEqual([]);
			expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, `${edition}`).toEqual([]);
			// What "Add to home screen" opens: the start page, from the phone's copy when there is no network.
			const startUrl = new URL(JSON.parse(readFileSync(`${site.outDir}${manifestFile(edition)}`, 'utf8')).start_url, url).href;
			await page.reload();
			await context.setOffline(true);
			try {
				const response = await page.goto(startUrl);
				expect(response?.fromServiceWorker(), startUrl).toBe(true);
				expect(await page.getAttribute('html', 'lang')).toBe(locales[edition].lang);
				expect(await page.evaluate((address) => fetch(address).then((r) => r.ok), url)).toBe(true);
			} finally {
				await context.setOffline(false);
			}
			await page.close();
		}
	});
});

describe('the installability check', () => {
	/** A made-up app at an address of its own: the site's pages are served by their service workers by now, past any route. */
	const app = 'https://app.example.org';
	let profile: OpenedPage;
	beforeAll(async () => {
		profile = await openProfile(app);
	});

	test('can fail: a manifest without icons is reported as not installable', async () => {
		const { page } = profile;
		await page.route(`${app}/**`, (route) =>
			route.request().url().endsWith('.webmanifest')
				? route.fulfill({ contentType: 'application/manifest+json', body: JSON.stringify({ name: 'x', short_name: 'x', start_url: '/', display: 'standalone' }) })
				: route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title><link rel="manifest" href="/app.webmanifest">' }),
		);
		await page.goto(`${app}/`);
		const cdp = await profile.context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors.map(({ errorId }) => errorId)).toContain('manifest-missing-suitable-icon');
	});
});
