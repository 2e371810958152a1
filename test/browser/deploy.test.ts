import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import organisation from '../../src/config/organisation';
import { securityHeaders as headersFor } from '../../src/security/headers';
import { interfaceStrings, localeCodes } from '../support/site';
import { recipe, startCommand, startNginx, substitute, type RunningServer } from './support/deploy-recipes';
import { site, test, treesEnhanced, type NewPage } from './support/harness';
import { searchWithShortcut } from './support/search';
import { deepestEnding, treePage, visibleSteps, walkTo } from './support/trees';

const distDir = site('shipped').outDir;
const subfolderHostDir = site('subfolder').hostDir;
const script = `_astro/${readdirSync(`${distDir}_astro`).find((file) => file.endsWith('.js'))}`;
/** What the recipes must send with every answer: the README's list (src/security/headers.ts) for the shipped settings. */
const securityHeaders = Object.entries(headersFor(organisation)).map(([name, value]) => [name.toLowerCase(), value] as const);
const longCache = 'public, max-age=31536000, immutable';

async function head(url: string) {
	const response = await fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
	await response.arrayBuffer();
	return response;
}

/** What staff do: open the chooser, pick Finnish, search, walk a tree, and read and walk again with no network. */
async function walkSite(newPage: NewPage, origin: string, base: string) {
	const { page } = await newPage(origin, { serviceWorkers: 'allow' });
	await page.goto(`${origin}${base}`);
	await Promise.all([page.waitForURL(`${origin}${base}fi/`), page.locator('a[data-locale="fi"]').click()]);
	const results = await searchWithShortcut(page, 'asiakas');
	expect(results.length).toBeGreaterThan(0);
	for (const href of results) expect(new URL(href).pathname.startsWith(`${base}fi/`), href).toBe(true);
	const ending = deepestEnding('compensating');
	const walk = async () => {
		await page.goto(`${origin}${treePage('compensating', 'fi', base)}`);
		await treesEnhanced(page, 'compensating');
		await walkTo(page, 'compensating', 'fi', ending.id, base);
		expect(await visibleSteps(page, 'compensating')).toEqual([ending.id]);
		expect(page.url()).toBe(`${origin}${treePage('compensating', 'fi', base)}#compensating/${ending.id}`);
	};
	await walk();
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.context().setOffline(true);
	const response = await page.goto(`${origin}${base}fi/calm/`);
	expect(response?.fromServiceWorker()).toBe(true);
	expect(await page.getAttribute('html', 'lang')).toBe('fi');
	await walk();
	// Offline, search still finds the page it found online.
	expect(await searchWithShortcut(page, 'asiakas')).toEqual(results);
}

describe('recipe: nginx with caching and security headers (docs/deploy.md)', () => {
	let server: RunningServer;
	beforeAll(async () => {
		const config = recipe('# /etc/nginx/conf.d/kb.conf');
		server = await startNginx('root', (port) =>
			substitute(substitute(config, 'listen 80;', `listen 127.0.0.1:${port};`), 'root /var/www/kb;', `root ${distDir};`),
		);
	});
	afterAll(() => server?.stop());

	test('pages are revalidated, hashed files cached for a year, and every answer has the security headers', async () => {
		const answers = [
			['fi/', 'text/html', 'no-cache'],
			['fi/sw.js', 'application/javascript', 'no-cache'],
			[script, 'application/javascript', longCache],
		];
		expect(securityHeaders.length).toBeGreaterThanOrEqual(6);
		for (const [path, type, cache] of answers) {
			const response = await head(`${server.origin}/${path}`);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type'), path).toContain(type);
			expect(response.headers.get('cache-control'), path).toBe(cache);
			for (const [name, value] of securityHeaders) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
		}
		expect((await head(`${server.origin}/${script}`)).headers.get('content-encoding')).toBe('gzip');
	});

	test('an unknown address gets the site\'s own page, with status 404 and the headers', async () => {
		const response = await fetch(`${server.origin}/fi/no-such-page/`);
		expect(response.status).toBe(404);
		const body = await response.text();
		expect(body).toContain('<html lang="fi"');
		// The same page for every edition: each language says it in its own words.
		for (const locale of localeCodes) expect(body).toContain(interfaceStrings(locale)['notFound.title']);
		for (const [name, value] of securityHeaders) expect(response.headers.get(name), name).toBe(value);
	});

	test('a folder without its slash is redirected to it, on the address the reader used', async () => {
		const response = await head(`${server.origin}/fi/calm`);
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/fi/calm/');
	});

	test('staff can choose a language, search, walk a tree, and read, walk and search offline', ({ newPage }) => walkSite(newPage, server.origin, '/'));
});

describe('recipe: a subfolder on a shared host, served by nginx (docs/deploy.md)', () => {
	let server: RunningServer;
	beforeAll(async () => {
		const location = recipe("# subfolder: inside the host's server { } block");
		// The host's own server block, serving its web space with the site built for /kb/ in kb/.
		server = await startNginx('subfolder', (port) => `server {\n    listen 127.0.0.1:${port};\n    root ${subfolderHostDir};\n${location}\n}\n`);
	});
	afterAll(() => server?.stop());

	test('the site answers inside the folder with its caching and headers; unknown addresses get its 404 page', async () => {
		const page = await head(`${server.origin}/kb/fi/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('cache-control')).toBe('no-cache');
		const asset = await head(`${server.origin}/kb/${script}`);
		expect(asset.status).toBe(200);
		expect(asset.headers.get('cache-control')).toBe(longCache);
		for (const [name, value] of securityHeaders) {
			expect(page.headers.get(name), `page ${name}`).toBe(value);
			expect(asset.headers.get(name), `${script} ${name}`).toBe(value);
		}
		const missing = await fetch(`${server.origin}/kb/fi/no-such-page/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('/kb/_astro/');
	});

	test('staff can choose a language, search, walk a tree, and read, walk and search offline under /kb/', ({ newPage }) =>
		walkSite(newPage, server.origin, '/kb/'));
});

describe('recipe: any static server (docs/deploy.md)', () => {
	const command = recipe('# any static server');
	const serverLine = (port: number) => substitute(command, '8080', String(port)).trim();

	test('serving dist/ at the root', async ({ newPage, onTestFinished }) => {
		const server = await startCommand(serverLine, `${distDir}..`);
		onTestFinished(() => server.stop());
		await walkSite(newPage, server.origin, '/');
	});

	test('serving a host folder with the site built for /kb/ in kb/', async ({ newPage, onTestFinished }) => {
		// The same line, run where the host's files are instead of in the project.
		const server = await startCommand((port) => substitute(serverLine(port), 'cd dist', 'cd .'), subfolderHostDir);
		onTestFinished(() => server.stop());
		await walkSite(newPage, server.origin, '/kb/');
	});
});
