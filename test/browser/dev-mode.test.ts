import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect } from 'vitest';
import { root } from '../support/paths';
import { interfaceStrings } from '../support/site';
import { test } from './support/harness';
import { openSearch } from './support/search';

/** `npm run dev` as an editor runs it (`astro dev`), on a free loopback port. */
async function startDevServer(): Promise<{ origin: string; child: ChildProcess; log: () => string }> {
	const port = await new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
	const env: NodeJS.ProcessEnv = { ...process.env };
	// Vitest's variables would make Astro think it runs under a test.
	for (const key of Object.keys(env)) if (/^(VITEST|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|TEST$)/.test(key)) delete env[key];
	const child = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const origin = `http://127.0.0.1:${port}`;
	for (let tries = 0; tries < 600; tries++) {
		if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
		try {
			if ((await fetch(`${origin}/fi/`)).ok) return { origin, child, log: () => output };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`astro dev did not answer:\n${output}`);
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once('exit', () => resolve());
		// The whole group: npx runs astro as its child.
		process.kill(-child.pid!, 'SIGTERM');
	});
}

describe('editing locally with npm run dev (astro dev)', () => {
	test('the search says, in the page\'s language, that it works in a built site and how to build one; no service worker; a clean console', async ({ newPage }) => {
		const server = await startDevServer();
		try {
			for (const locale of ['fi', 'bg'] as const) {
				const strings = interfaceStrings(locale);
				const expected = strings['search.devServer'].replace('{{command}}', 'npm start');
				// Service workers allowed, as in an editor's browser: the page must not register one. Console errors,
				// uncaught errors, requests elsewhere and CSP violations fail the test through the harness.
				const { page, watch } = await newPage(server.origin, { serviceWorkers: 'allow' });
				const workerRequests: string[] = [];
				page.on('request', (request) => request.url().endsWith('/sw.js') && workerRequests.push(request.url()));
				await page.goto(`${server.origin}/${locale}/calm/`, { waitUntil: 'networkidle' });
				expect(await page.getAttribute('html', 'lang')).toBe(locale);
				const dialog = await openSearch(page);
				const status = dialog.locator('[data-search-status]');
				await expect.poll(() => status.textContent()).toBe(expected);
				await dialog.locator('input[type="search"]').fill('asiakas');
				await page.waitForTimeout(500);
				expect(await status.textContent()).toBe(expected);
				expect(await dialog.locator('a[data-search-result]').count()).toBe(0);
				expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((registrations) => registrations.length))).toBe(0);
				expect(workerRequests).toEqual([]);
				expect(watch.consoleErrors).toEqual([]);
				expect(watch.cspViolations).toEqual([]);
				expect(watch.foreignRequests).toEqual([]);
			}
		} finally {
			await stop(server.child);
		}
	}, 180_000);
});
