/**
 * The one way browser tests reach the site: the site variants the global setup serves, and pages in the
 * one Chromium it launched for the whole run. Every page opened here is watched: a console error, an
 * uncaught error, a request to another origin or a Content-Security-Policy violation fails the test it
 * happened in, unless the page was opened with that kind allowed, by name and with the reason.
 *
 *     import { site, test } from './support/harness';
 *     test('…', async ({ openPage }) => {
 *       const { page } = await openPage(site('shipped').url('fi/calm/'));
 *       await openPage(url, { allow: { consoleErrors: 'the test cuts the network on purpose' } });
 *     });
 *
 * A test's pages are closed when it ends, passed or failed (a fixture with teardown, so tests may run
 * concurrently). A page several tests only read is opened once in `beforeAll` with `openSharedPage`; it
 * is closed when the file ends, and what it did is checked after each test.
 *
 * Service workers are blocked unless a page asks for them (`serviceWorkers: 'allow'`): each fresh page
 * would otherwise download its whole edition for offline use in the background. The offline tests, the
 * deployment recipes and the gates over every page allow them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, inject, test as base } from 'vitest';
import { pagesAtOnce } from '../../support/concurrency';
import { tmpDir } from '../../support/paths';
import { type SiteVariant, type VariantName, variantNamed } from '../../support/variants';
import {
	chromiumArgs,
	contextOptions,
	executablePath,
	offlineHostsArg,
	type PageOptions,
	type PageWatch,
	type Watched,
	watchContext,
	watchedKinds,
	watchedPage,
} from './chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the global setup's Chromium listens (chromium.launchServer). */
		browserEndpoint: string;
		/** The origin serving each site variant's host folder, by variant name. */
		siteOrigins: Record<string, string>;
	}
}

/** A site variant as served for this run. */
export interface ServedSite extends SiteVariant {
	origin: string;
	/** The address of a path under the site's base: url('fi/calm/') → http://127.0.0.1:…/kb/fi/calm/. */
	url: (path?: string) => string;
}

export function site(name: VariantName): ServedSite {
	const variant = variantNamed(name);
	const origin = inject('siteOrigins')[name];
	if (!origin) throw new Error(`site variant "${name}" is not served: is test/browser/support/global-setup.ts the project's globalSetup?`);
	return { ...variant, origin, url: (path = '') => `${origin}${variant.base}${path.replace(/^\//, '')}` };
}

let connection: Promise<Browser> | undefined;

/** The run's Chromium, connected once per test file. For code that opens its own contexts (the benchmark's measures). */
export function browser(): Promise<Browser> {
	connection ??= chromium.connect(inject('browserEndpoint'));
	return connection;
}

export interface OpenOptions extends PageOptions {
	/** Kinds of trouble this page may have without failing the test, each with the reason why. */
	allow?: Partial<Record<Watched, string>>;
	/** The origin the page may load from; by default the one of the address it opens. */
	origin?: string;
	/** What `openPage` waits for after opening the address (Playwright's `waitUntil`; 'load' by default). */
	waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	watch: PageWatch;
}

/** An open page and how much of what it did has been checked. */
export class WatchedPage {
	private checked: Record<Watched, number> = { consoleErrors: 0, pageErrors: 0, foreignRequests: 0, cspViolations: 0 };
	constructor(
		readonly opened: OpenedPage,
		private readonly allow: Partial<Record<Watched, string>>,
		/** What else closing it ends (a profile's own Chromium and its folder). */
		private readonly cleanUp: () => Promise<void> = async () => undefined,
	) {}

	/** What it did since the last call that it is not allowed to, one line each. */
	trouble(): string[] {
		return watchedKinds.flatMap((kind) => {
			const fresh = this.opened.watch[kind].slice(this.checked[kind]);
			this.checked[kind] = this.opened.watch[kind].length;
			return this.allow[kind] ? [] : fresh.map((line) => `${kind}: ${line}`);
		});
	}

	async close(): Promise<void> {
		await this.opened.context.close().catch(() => undefined);
		await this.cleanUp();
	}
}

function allowed(options: OpenOptions): Partial<Record<Watched, string>> {
	const allow = options.allow ?? {};
	for (const [kind, reason] of Object.entries(allow))
		if (!watchedKinds.includes(kind as Watched) || !reason?.trim())
			throw new Error(`openPage: allow.${kind} needs a known kind (${watchedKinds.join(', ')}) and a reason`);
	return allow;
}

async function watch(origin: string, options: OpenOptions): Promise<WatchedPage> {
	const allow = allowed(options);
	const opened = await watchedPage(await browser(), new URL(options.origin ?? origin).origin, { serviceWorkers: 'block', ...options });
	return new WatchedPage(opened, allow);
}

async function open(url: string, options: OpenOptions, keep: (page: WatchedPage) => void): Promise<OpenedPage> {
	const watched = await watch(options.origin ?? url, options);
	keep(watched);
	await watched.opened.page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
	return watched.opened;
}

const failure = (trouble: string[]) =>
	new Error(`the page had trouble it does not allow (open it with { allow: { <kind>: '<reason>' } } if the test causes it):\n${trouble.join('\n')}`);

/** Opens a watched page at `url` and waits for `waitUntil`. */
export type OpenPage = (url: string, options?: OpenOptions) => Promise<OpenedPage>;
/** A watched page for `origin`, not yet navigated (for a test that must set things up first). */
export type NewPage = (origin: string, options?: OpenOptions) => Promise<OpenedPage>;

export const test = base.extend<{ watchedPages: WatchedPage[]; openPage: OpenPage; newPage: NewPage }>({
	// eslint-disable-next-line no-empty-pattern
	watchedPages: async ({}, use) => {
		const pages: WatchedPage[] = [];
		await use(pages);
		const trouble = pages.flatMap((page) => page.trouble());
		await Promise.all(pages.map((page) => page.close()));
		if (trouble.length) throw failure(trouble);
	},
	openPage: async ({ watchedPages }, use) => use((url, options = {}) => open(url, options, (page) => watchedPages.push(page))),
	newPage: async ({ watchedPages }, use) =>
		use(async (origin, options = {}) => {
			const page = await watch(origin, options);
			watchedPages.push(page);
			return page.opened;
		}),
});

const shared: WatchedPage[] = [];

/** Opens a watched page in `beforeAll` for several tests to read; closed when the file ends. */
export function openSharedPage(url: string, options: OpenOptions = {}): Promise<OpenedPage> {
	return open(url, options, (page) => shared.push(page));
}

/**
 * A browser profile of its own, for what Chromium grants a profile only and never an incognito-like
 * context such as `openPage`'s (judging a site installable as an app): a persistent context in a Chromium
 * of its own, with the run's flags, in a fresh folder under tmp/. Opened in `beforeAll`; every page it has
 * or opens is watched for `origin` like `openPage`'s and checked after each test (as `openSharedPage`'s);
 * the profile, its Chromium and its folder go when the file ends.
 */
export async function openProfile(origin: string, options: Omit<OpenOptions, 'waitUntil'> = {}): Promise<OpenedPage> {
	const allow = allowed(options);
	const folder = mkdtempSync(`${tmpDir}profile-`);
	const removeFolder = async () => rmSync(folder, { recursive: true, force: true });
	const context = await chromium.launchPersistentContext(folder, { executablePath, args: [...chromiumArgs, offlineHostsArg], ...contextOptions(options) });
	try {
		const watched = await watchContext(context, new URL(options.origin ?? origin).origin, { serviceWorkers: 'block', ...options });
		const page = context.pages()[0] ?? (await context.newPage());
		shared.push(new WatchedPage({ page, context, watch: watched }, allow, removeFolder));
		return { page, context, watch: watched };
	} catch (error) {
		await context.close();
		await removeFolder();
		throw error;
	}
}

/** A pooled page lent to one test at a time; `trouble()` takes what it did meanwhile that it is not allowed. */
export interface LentPage extends OpenedPage {
	trouble: () => string[];
}

/**
 * Pages opened once for the file and lent to one test at a time, so tests that each visit a page (the
 * gates over every page) can run concurrently (`describe.concurrent`), `size` at once. What a page does
 * while lent fails the test that borrowed it. Its size is test/support/concurrency.ts's.
 */
export class PagePool {
	private idle: WatchedPage[] = [];
	private waiting: Array<(page: WatchedPage) => void> = [];
	private opening: Promise<void> | undefined;

	constructor(
		private readonly origin: string,
		private readonly options: OpenOptions = {},
		readonly size = pagesAtOnce,
	) {}

	private async fill() {
		const pages = await Promise.all(Array.from({ length: this.size }, () => watch(this.origin, this.options)));
		pooled.push(...pages);
		this.idle.push(...pages);
	}

	/** Runs `use` with a page of the pool to itself; fails when the page had trouble it does not allow. */
	async lend<T>(use: (page: LentPage) => Promise<T>): Promise<T> {
		await (this.opening ??= this.fill());
		const page = this.idle.pop() ?? (await new Promise<WatchedPage>((resolve) => this.waiting.push(resolve)));
		let outcome: { result: T } | { error: unknown };
		try {
			outcome = { result: await use({ ...page.opened, trouble: () => page.trouble() }) };
		} catch (error) {
			outcome = { error };
		}
		// Taken before the page goes back, so the next borrower is not blamed for it.
		const trouble = page.trouble();
		const next = this.waiting.shift();
		if (next) next(page);
		else this.idle.push(page);
		if ('error' in outcome) {
			if (outcome.error instanceof Error && trouble.length) outcome.error.message += `\n${failure(trouble).message}`;
			throw outcome.error;
		}
		if (trouble.length) throw failure(trouble);
		return outcome.result;
	}
}

/** Pool pages: closed with the file, never part of the per-test check of shared pages (lend checks them). */
const pooled: WatchedPage[] = [];

/** What the shared pages did since the last check that they are not allowed to (for the harness's own test). */
export function sharedTrouble(): string[] {
	return shared.flatMap((page) => page.trouble());
}

// Registered on every test file that imports the harness (vitest evaluates it once per file).
afterEach(() => {
	const trouble = sharedTrouble();
	if (trouble.length) throw failure(trouble);
});

afterAll(async () => {
	await Promise.all([...shared.splice(0), ...pooled.splice(0)].map((page) => page.close()));
	const opened = connection;
	connection = undefined;
	if (opened) await (await opened).close();
});

/** Waits until the decision trees on the page are enhanced by their script (or `tree` alone). */
export function treesEnhanced(page: Page, tree?: string): Promise<unknown> {
	return page.waitForSelector(tree ? `[data-tree="${tree}"][data-enhanced]` : '[data-tree][data-enhanced]', { state: 'attached' });
}
