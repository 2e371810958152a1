import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { securityHeaders } from '../../../src/security/headers';
import { sha256 } from '../../../src/security/csp';
import { launchBrowser, openPage } from '../support/browser';
import { builtPages, loadPage, rootSite } from '../support/built-site';
import { serveStatic } from '../support/static-server';
import { searchWithShortcut } from '../support/search';
import { distDir } from '../../support/paths';

const pages = builtPages(rootSite.outDir);

/** A policy's directives by name, e.g. `script-src` → ["'self'", "'sha256-…'"]. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!.toLowerCase(), sources]),
	);
}

const executable = (type: string | undefined) => !type || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);

describe('every page carries a strict Content-Security-Policy in its own <meta>', () => {
	test.each(pages)('/%s', (page) => {
		const $ = loadPage(rootSite, page);
		const metas = $('meta[http-equiv="content-security-policy" i]');
		expect(metas.length, 'one policy meta').toBe(1);
		const policy = directives(metas.attr('content')!);
		const scriptSrc = policy.get('script-src') ?? [];
		expect({
			'default-src': policy.get('default-src'),
			'object-src': policy.get('object-src'),
			'base-uri': policy.get('base-uri'),
			'script-src allows': scriptSrc.filter((source) => !source.startsWith("'sha256-")),
		}).toEqual({
			'default-src': ["'self'"],
			'object-src': ["'none'"],
			'base-uri': ["'self'"],
			// Pagefind's WebAssembly needs 'wasm-unsafe-eval'; never 'unsafe-inline' or 'unsafe-eval'.
			'script-src allows': ["'self'", "'wasm-unsafe-eval'"],
		});
		expect(policy.get('style-src') ?? [], 'style elements').not.toContain("'unsafe-inline'");

		// Each inline script and style element is allowed by its hash, including those Starlight places
		// before the <meta>, so the same policy also works when a server sends it as a header.
		const unhashed: string[] = [];
		$('script:not([src])').each((_, script) => {
			if (!executable($(script).attr('type'))) return;
			const hash = `'${sha256($(script).html() ?? '')}'`;
			if (!scriptSrc.includes(hash)) unhashed.push(`script ${hash}: ${($(script).html() ?? '').trim().slice(0, 60)}`);
		});
		$('style').each((_, style) => {
			const hash = `'${sha256($(style).html() ?? '')}'`;
			if (!(policy.get('style-src') ?? []).includes(hash)) unhashed.push(`style ${hash}: ${($(style).html() ?? '').trim().slice(0, 60)}`);
		});
		expect(unhashed, 'inline scripts and styles missing from the policy').toEqual([]);

		// The policy blocks inline event handlers and javascript: addresses, so none may be relied on.
		const handlers = $('*')
			.toArray()
			.flatMap((element) => Object.keys($(element).attr() ?? {}).filter((name) => /^on/i.test(name)).map((name) => `<${$(element).prop('tagName')} ${name}>`));
		const scriptUrls = $('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]').length;
		expect({ handlers, scriptUrls }).toEqual({ handlers: [], scriptUrls: 0 });
	});
});

describe('the policy in the browser', () => {
	const origin = inject('siteOrigin');
	let browser: Browser;
	beforeAll(async () => (browser = await launchBrowser()));
	afterAll(() => browser?.close());

	test('blocks markup injected into a page and reports it', async () => {
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/fi/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			const probe = document.createElement('div');
			probe.innerHTML = '<img src="data:," onerror="window.__injected = 1">';
			document.body.append(probe);
			const script = document.createElement('script');
			script.textContent = 'window.__injected = 2';
			document.body.append(script);
		});
		await expect.poll(() => watch.cspViolations.length).toBeGreaterThanOrEqual(2);
		expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
		await page.context().close();
	});

	test('with the README response headers too, pages and search work with no violation', async () => {
		const server = await serveStatic(distDir, { headers: securityHeaders });
		try {
			const { page, watch } = await openPage(browser, server.origin);
			const guidance = pages.find((path) => /^fi\/[^/]+\/$/.test(path) && !path.startsWith('fi/decide/'))!;
			const tree = pages.find((path) => /^fi\/decide\/[^/]+\/$/.test(path))!;
			// Ending on a page with the search box (the 404 page has none).
			for (const path of ['', '404.html', guidance, tree, 'fi/']) {
				const response = await page.goto(`${server.origin}/${path}`, { waitUntil: 'networkidle' });
				expect(response?.headers()['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
			}
			expect(await searchWithShortcut(page, 'asiakas')).not.toEqual([]);
			expect({ csp: watch.cspViolations, console: watch.consoleErrors }).toEqual({ csp: [], console: [] });
			await page.context().close();
		} finally {
			await server.close();
		}
	});
});
