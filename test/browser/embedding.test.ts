import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import shipped from '../../src/config/organisation';
import { nginxLines, securityHeaders } from '../../src/security/headers';
import { buildEnv } from '../support/build';
import { root } from '../support/paths';
import { recipe, startNginx, substitute, type RunningServer } from './support/deploy-recipes';
import { site as servedSite, test, type NewPage } from './support/harness';

/** The portal the two-edition settings allow (`frameAncestors`), and a site they do not. */
const intranet = 'https://intranet.example.org';
const elsewhere = 'https://elsewhere.example.net';

/** docs/deploy.md section 4, served from `dir`, with its security header lines replaced by `headerLines`. */
function nginxRecipe(dir: string, headerLines?: string[]) {
	const defaultLines = nginxLines(securityHeaders(shipped));
	let config = recipe('# /etc/nginx/conf.d/kb.conf');
	if (headerLines) {
		const block = defaultLines.map((line) => `    ${line}`).join('\n');
		config = substitute(config, block, headerLines.map((line) => `    ${line}`).join('\n'));
	}
	return (port: number) => substitute(substitute(config, 'listen 80;', `listen 127.0.0.1:${port};`), 'root /var/www/kb;', `root ${dir};`);
}

/** The two-edition build (its settings allow the intranet to frame it) and the shipped one (no framing). */
const site = servedSite('two-editions');
const shippedSite = servedSite('shipped');
let framed: RunningServer;
let notFramed: RunningServer;
/** What `npm run headers` printed for the two-edition settings, as docs/deploy.md section 8 runs it. */
let printed: string;

beforeAll(async () => {
	const command = recipe('# embedding: the header lines for your settings').trim();
	printed = execFileSync('sh', ['-c', command], { cwd: root, env: buildEnv({ ORGANISATION_SETTINGS: site.settingsFile }), encoding: 'utf8' });
	const headerLines = printed.split('\n').filter((line) => line.startsWith('add_header '));
	framed = await startNginx('embedding', nginxRecipe(site.hostDir, headerLines));
	notFramed = await startNginx('not-embedding', nginxRecipe(shippedSite.hostDir));
});
afterAll(async () => {
	await framed?.stop();
	await notFramed?.stop();
});

/** Where readers reach the knowledge base: its public address, answered by the nginx under test. */
const kbOrigin = 'https://kb.example.org';

/**
 * Opens a page of `portal` that frames `path` of the knowledge base, and returns once the frame has
 * loaded, whatever it shows. The browser reaches both sites by their public addresses: the portal's
 * page is answered by the test, the knowledge base by `server` (nginx with the recipe's headers). Serving
 * either from a loopback address would make Chromium block the frame for another reason: a public page
 * may not load a local-network one (Local Network Access). The portal is another origin than the site
 * the page is watched for, on purpose: its requests are allowed, and the test checks they are the only
 * ones (`outsideThePortal`). A refused frame is reported on the console: `refused` allows that.
 */
async function portalFraming(newPage: NewPage, portal: string, server: RunningServer, path: string, refused?: string) {
	const { page, context, watch } = await newPage(kbOrigin, {
		allow: {
			foreignRequests: 'the portal framing the site is another origin, on purpose; outsideThePortal() checks nothing else is asked for',
			...(refused ? { consoleErrors: refused } : {}),
		},
	});
	await context.route(`${kbOrigin}/**`, async (route) => {
		const { pathname, search } = new URL(route.request().url());
		await route.fulfill({ response: await route.fetch({ url: `${server.origin}${pathname}${search}` }) });
	});
	await context.route(`${portal}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			// The frame's load event fires whether the browser shows the page or refuses it.
			body: `<!doctype html><html lang="en"><title>Portal</title><iframe src="${kbOrigin}${path}" width="900" height="700" onload="window.frameLoaded = true"></iframe></html>`,
		}),
	);
	await page.goto(`${portal}/kb.html`);
	await page.waitForFunction(() => (window as unknown as { frameLoaded?: boolean }).frameLoaded === true, undefined, { timeout: 20_000 });
	const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
	const outsideThePortal = () => watch.foreignRequests.filter((url) => new URL(url).origin !== portal);
	return { page, watch, frame, outsideThePortal };
}

const shows = async (page: Page, lang: string) => {
	const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
	return frame ? frame.locator(`html[lang="${lang}"] main h1`).count() : 0;
};

describe('embedding in the intranet (frameAncestors, docs/deploy.md sections 7 and 8)', () => {
	test('npm run headers names the allowed origin and drops X-Frame-Options', () => {
		expect(printed).toContain(`add_header Content-Security-Policy "frame-ancestors ${intranet}; object-src 'none'; base-uri 'self'; form-action 'self'" always;`);
		expect(printed).not.toContain('X-Frame-Options');
	});

	test('the server sends the generated headers', async () => {
		const response = await fetch(`${framed.origin}/bg/calm/`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-security-policy')).toBe(securityHeaders({ frameAncestors: [intranet] })['Content-Security-Policy']);
		expect(response.headers.get('x-frame-options')).toBeNull();
	});

	test('a page of the allowed portal shows the site in a frame, and it works there', async ({ newPage }) => {
		// Console errors, uncaught errors and CSP violations fail the test through the harness.
		const { page, frame, outsideThePortal } = await portalFraming(newPage, intranet, framed, '/bg/calm/');
		expect(await shows(page, 'bg')).toBe(1);
		// Inside the frame, the site's own links and scripts work: the switcher takes the frame to Malay.
		await frame.locator('starlight-lang-select select').first().selectOption({ label: 'Bahasa Melayu' });
		await frame.waitForURL(`${kbOrigin}/ms/calm/`);
		expect(await shows(page, 'ms')).toBe(1);
		expect(outsideThePortal()).toEqual([]);
	});

	test('a page of any other origin gets nothing: the browser refuses to frame the site', async ({ newPage }) => {
		const { page, watch, outsideThePortal } = await portalFraming(newPage, elsewhere, framed, '/bg/calm/', 'the browser reports the frame it refuses');
		expect(await shows(page, 'bg')).toBe(0);
		expect(watch.consoleErrors.join('\n')).toMatch(/frame-ancestors/);
		expect(outsideThePortal()).toEqual([]);
	});
});

describe('with the shipped settings (no frameAncestors), as docs/deploy.md section 4 serves it', () => {
	test('no site may frame it, not even the portal', async ({ newPage }) => {
		const response = await fetch(`${notFramed.origin}/fi/calm/`);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('content-security-policy')).toMatch(/^frame-ancestors 'none';/);
		const { page, watch, outsideThePortal } = await portalFraming(newPage, intranet, notFramed, '/fi/calm/', 'the browser reports the frame it refuses');
		expect(await shows(page, 'fi')).toBe(0);
		expect(watch.consoleErrors.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
		expect(outsideThePortal()).toEqual([]);
	});
});
