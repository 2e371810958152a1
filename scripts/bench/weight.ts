/**
 * What a page costs a phone to load, measured in Chromium: every same-origin response the page
 * requests until the network is idle, gzip-compressed (level 6, as servers send it) and grouped as
 * HTML, CSS and JavaScript. Inline scripts and styles count as JavaScript and CSS as well as HTML.
 * Search is not opened, so Pagefind's files, loaded on the first query, are not in these figures. A
 * service worker the page registers counts as JavaScript (its script, fetched by the browser rather than
 * the page); the files it then stores for offline use do not, as they are not part of showing the page.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { watchedPage } from '../../test/browser/support/chromium.ts';

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	requests: number;
	files: Record<string, number>;
}

const gzip = (content: string | Buffer) => gzipSync(content, { level: 6 }).length;

export async function pageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
	const { page, context } = await watchedPage(browser, origin);
	const bodies: Promise<[string, string, Buffer]>[] = [];
	let inline: { scripts: string; styles: string };
	try {
		page.on('response', (response) => {
			if (!response.url().startsWith(origin) || response.status() !== 200) return;
			bodies.push(response.body().then((body) => [response.request().resourceType(), new URL(response.url()).pathname, body]));
		});
		const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		if (response?.status() !== 200) throw new Error(`${origin}${path}: HTTP ${response?.status()}`);
		inline = await page.evaluate(() => ({
			scripts: [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '').join('\n'),
			styles: [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n'),
		}));
		// The browser fetches a service worker's script outside the page's own requests: ask for it by name.
		// The name comes from the page's own declaration (src/offline/register.ts reads the same attribute),
		// so a registration still pending on a busy machine does not drop it from the figure.
		const workers = await page.evaluate(async () => {
			const declared = document.querySelector<HTMLElement>('[data-update-notice]')?.dataset.serviceWorker;
			if (declared) return [new URL(declared, location.href).pathname];
			const registration = await navigator.serviceWorker?.getRegistration();
			const worker = registration?.installing ?? registration?.waiting ?? registration?.active;
			return worker ? [new URL(worker.scriptURL).pathname] : [];
		});
		for (const pathname of workers) {
			const body = await (await context.request.get(`${origin}${pathname}`)).body();
			bodies.push(Promise.resolve(['script', pathname, body]));
		}
		await Promise.all(bodies);
	} finally {
		await context.close();
	}
	const weight: PageWeight = { html: 0, css: 0, js: 0, requests: 0, files: {} };
	for (const [type, pathname, body] of await Promise.all(bodies)) {
		const size = gzip(body);
		weight.requests++;
		weight.files[pathname] = size;
		if (type === 'document') weight.html += size;
		else if (type === 'stylesheet') weight.css += size;
		else if (type === 'script') weight.js += size;
	}
	if (inline.scripts.trim()) weight.js += gzip(inline.scripts);
	if (inline.styles.trim()) weight.css += gzip(inline.styles);
	return weight;
}
