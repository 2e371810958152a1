import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; override with CHROMIUM_PATH. Browser downloads are not possible on these machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

/** What a page did that a test may forbid: console errors, uncaught errors, requests to other origins. */
export interface PageWatch {
	consoleErrors: string[];
	foreignRequests: string[];
}

/**
 * Opens a page that records console errors and requests leaving `origin`. Requests to other origins
 * are aborted, so a test never depends on the network, and are still recorded as failures.
 */
export async function openPage(
	browser: Browser,
	origin: string,
	options: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; watch: PageWatch }> {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
	const page = await context.newPage();
	const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => watch.consoleErrors.push(`${page.url()}: ${error.message}`));
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
		watch.foreignRequests.push(url.href);
		return route.abort();
	});
	return { page, watch };
}
