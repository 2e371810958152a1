import { describe, expect } from 'vitest';
import organisation from '../../../src/config/organisation';
import { securityHeaders as headersFor } from '../../../src/security/headers';
import { sha256 } from '../../../src/security/csp';
import { builtPages, loadPage } from '../support/built-site';
import { site, test } from '../support/harness';
import { serveStatic } from '../support/static-server';
import { searchWithShortcut } from '../support/search';

const shipped = site('shipped');
const pages = builtPages(shipped.outDir);

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
	test('covers the whole build', () => {
		expect(pages).toEqual(expect.arrayContaining(['', '404.html', 'fi/', 'ms/decide/compensating/']));
		expect(pages.length).toBeGreaterThanOrEqual(4 * 19 + 2);
	});

	test.each(pages)('/%s', (page) => {
		const $ = loadPage(shipped, page);
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
	test('blocks markup injected into a page and reports it', async ({ openPage }) => {
		const injecting = 'the test injects markup for the policy to block';
		const { page, watch } = await openPage(shipped.url('fi/'), { allow: { cspViolations: injecting, consoleErrors: injecting } });
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
	});

	test('with the README response headers too, pages and search work with no violation', async ({ newPage, onTestFinished }) => {
		// The headers a configured server adds (README), so the browser enforces them with each page's own
		// policy; the shipped build's settings allow no framing.
		const securityHeaders = headersFor(organisation);
		const server = await serveStatic(shipped.outDir, { headers: securityHeaders });
		onTestFinished(() => server.close());
		const guidance = pages.find((path) => /^fi\/[^/]+\/$/.test(path) && !path.startsWith('fi/decide/'));
		const tree = pages.find((path) => /^fi\/decide\/[^/]+\/$/.test(path));
		expect({ guidance, tree }).toEqual({ guidance: expect.any(String), tree: expect.any(String) });
		// Console errors, uncaught errors and CSP violations fail the test through the harness.
		const { page } = await newPage(server.origin);
		// Ending on a page with the search box (the 404 page has none).
		const visited = ['', '404.html', guidance!, tree!, 'fi/'];
		for (const path of visited) {
			const response = await page.goto(`${server.origin}/${path}`, { waitUntil: 'networkidle' });
			expect(response?.status(), `/${path}`).toBe(200);
			expect(response?.headers()['content-security-policy'], `/${path}: the header policy`).toBe(securityHeaders['Content-Security-Policy']);
			expect(await page.locator('meta[http-equiv="content-security-policy" i]').count(), `/${path}: its own policy too`).toBe(1);
		}
		expect(await searchWithShortcut(page, 'asiakas')).not.toEqual([]);

		// The headers are in force, not only sent: frame-ancestors 'none' (which no <meta> can say) keeps
		// the site out of a frame, even one of its own pages.
		const framing = await newPage(server.origin, { allow: { consoleErrors: 'the browser reports the frame it refuses' } });
		await framing.page.goto(`${server.origin}/fi/`);
		const framed = await framing.page.evaluate(
			() =>
				new Promise<string>((resolve) => {
					const frame = document.createElement('iframe');
					frame.src = '/fi/calm/';
					frame.addEventListener('load', () => {
						try {
							resolve(frame.contentDocument?.querySelector('h1') ? 'shown' : 'refused');
						} catch {
							resolve('refused');
						}
					});
					document.body.append(frame);
				}),
		);
		expect(framed).toBe('refused');
		await expect.poll(() => framing.watch.consoleErrors.join('\n')).toMatch(/frame-ancestors/);
	});
});
