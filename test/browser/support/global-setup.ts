import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { root } from '../../support/paths';
import { buildCommand, variants } from '../../support/variants';
import { chromiumArgs, executablePath, offlineHostsArg } from './chromium';
import { serveStatic } from './static-server';

/** The newest modification time of the files the site is built from (sources, public files, config). */
function newestSource(paths: string[]): number {
	let newest = 0;
	for (const path of paths.map((path) => join(root, path)).filter((path) => existsSync(path))) {
		const stat = statSync(path);
		if (stat.isFile()) newest = Math.max(newest, stat.mtimeMs);
		else
			for (const entry of readdirSync(path, { recursive: true, withFileTypes: true }))
				if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

/**
 * The browser project's setup: checks that every site variant (test/support/variants.ts) has been built
 * (`npm test` builds them in its "build" stage; no test builds one), serves each from its host folder,
 * and launches the one Chromium the whole run shares (test files connect to it through harness.ts).
 */
export default async function setup(project: TestProject) {
	const missing = variants.filter((variant) => !existsSync(`${variant.outDir}index.html`));
	if (missing.length)
		throw new Error(
			missing
				.map((variant) => `site variant "${variant.name}" (${variant.summary}) is not built: ${variant.outDir} has no index.html; build it with \`${buildCommand(variant.name)}\``)
				.concat('(`npm run build:test-sites` builds every variant; `npm test` does so before the browser tests)')
				.join('\n'),
		);
	const sources = newestSource(['src', 'public', 'astro.config.mjs', 'package-lock.json']);
	for (const variant of variants) {
		const built = statSync(`${variant.outDir}index.html`).mtimeMs;
		const ownFiles = newestSource([variant.settingsFile, ...(variant.redirectsFile ? [variant.redirectsFile] : [])]);
		if (Math.max(sources, ownFiles) > built)
			console.warn(`site variant "${variant.name}" is older than the sources it is built from; rebuild it with \`${buildCommand(variant.name)}\``);
	}

	const servers = await Promise.all(variants.map((variant) => serveStatic(variant.hostDir)));
	const browser = await chromium.launchServer({ executablePath, args: [...chromiumArgs, offlineHostsArg] });
	project.provide('siteOrigins', Object.fromEntries(variants.map((variant, index) => [variant.name, servers[index]!.origin])));
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await Promise.all(servers.map((server) => server.close()));
	};
}
