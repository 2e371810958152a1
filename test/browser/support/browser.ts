import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; override with CHROMIUM_PATH. Browser downloads are not possible on these machines. */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The project's Chromium flags, shared by the tests and the benchmark's Lighthouse runs. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * What a page did that a test may forbid: console errors, uncaught errors, requests to other origins,
 * Content-Security-Policy violations.
 */
export interface PageWatch {
	consoleErrors: string[];
	foreignRequests: string[];
	cspViolations: string[];
}

export interface PageOptions {
	javaScriptEnabled?: boolean;
	/** The reader's system colour scheme, which picks Starlight's light or dark theme. */
	colorScheme?: 'light' | 'dark';
}

/**
 * Opens a page that records console errors and requests leaving `origin`. Requests to other origins
 * are aborted, so a test never depends on the network, and are still recorded as failures.
 */
export async function openPage(
	browser: Browser,
	origin: string,
	options: PageOptions = {},
): Promise<{ page: Page; watch: PageWatch }> {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		colorScheme: options.colorScheme ?? 'light',
	});
	const page = await context.newPage();
	const watch: PageWatch = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
	// Bindings and init scripts run outside the page's CSP, so they see every violation it reports.
	await context.exposeBinding('__reportCspViolation', ({ page: source }, violation: string) =>
		watch.cspViolations.push(`${source.url()}: ${violation}`),
	);
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
			report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
		});
	});
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
