/**
 * Debian's Chromium as the tests and the benchmark drive it, and a page that records what it must not
 * do. Plain Node (no test runner), so `npm run bench` uses it too; the tests use it through harness.ts.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

/** A Chromium of its own, for the benchmark (the tests share the one their global setup launches). */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * For the tests only: no host name resolves, so a request to another origin fails at once instead of
 * reaching the network (the test servers are all on 127.0.0.1, which needs no resolving).
 */
export const offlineHostsArg = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

/** What a page did that the tests forbid, one list per kind, each entry naming the page. */
export interface PageWatch {
	consoleErrors: string[];
	pageErrors: string[];
	foreignRequests: string[];
	cspViolations: string[];
}
export type Watched = keyof PageWatch;
export const watchedKinds: Watched[] = ['consoleErrors', 'pageErrors', 'foreignRequests', 'cspViolations'];

export interface PageOptions {
	javaScriptEnabled?: boolean;
	/** The reader's system colour scheme, which picks Starlight's light or dark theme. */
	colorScheme?: 'light' | 'dark';
	viewport?: { width: number; height: number };
	/**
	 * 'block': the page sees a browser without service workers (the site then skips its offline worker),
	 * for a test that neither needs the worker nor should pay for its download of a whole edition.
	 */
	serviceWorkers?: 'allow' | 'block';
	/** Browser permissions for the page's origin, e.g. ['clipboard-read', 'clipboard-write']. */
	permissions?: string[];
}

/**
 * Records on `context` (every page it has or opens, and their workers) console errors, uncaught errors,
 * requests leaving `origin` and Content-Security-Policy violations; applies the options that are not the
 * context's own (permissions, service workers).
 */
export async function watchContext(context: BrowserContext, origin: string, options: PageOptions = {}): Promise<PageWatch> {
	if (options.permissions) await context.grantPermissions(options.permissions, { origin });
	// Not Playwright's own blocking, whose stand-in register() resolves to nothing, which no browser does.
	if (options.serviceWorkers === 'block')
		await context.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
	const watch: PageWatch = { consoleErrors: [], pageErrors: [], foreignRequests: [], cspViolations: [] };
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
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') watch.foreignRequests.push(url.href);
	});
	// On the context, so a second tab a test opens is watched too.
	context.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(`${message.page()?.url() ?? 'worker'}: ${message.text()}`);
	});
	context.on('weberror', (error) => watch.pageErrors.push(`${error.page()?.url() ?? 'worker'}: ${error.error().message}`));
	return watch;
}

/** The settings of a new context for `options` (also those of a persistent profile). */
export const contextOptions = (options: PageOptions = {}) => ({
	javaScriptEnabled: options.javaScriptEnabled ?? true,
	colorScheme: options.colorScheme ?? ('light' as const),
	...(options.viewport ? { viewport: options.viewport } : {}),
});

/** A new context and page, watched (`watchContext`). The caller closes the context. */
export async function watchedPage(
	browser: Browser,
	origin: string,
	options: PageOptions = {},
): Promise<{ page: Page; context: BrowserContext; watch: PageWatch }> {
	const context = await browser.newContext(contextOptions(options));
	try {
		const watch = await watchContext(context, origin, options);
		return { page: await context.newPage(), context, watch };
	} catch (error) {
		await context.close();
		throw error;
	}
}
