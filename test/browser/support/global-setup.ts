import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir, root, tmpDir } from '../../support/paths';
import { serveStatic } from './static-server';

/** Where the site built with `--base /kb/` is served from: a host root with the site in kb/. */
export const subfolderHostDir = `${tmpDir}subfolder-host/`;
export const subfolderBase = '/kb/';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin serving dist/ at the root. */
		siteOrigin: string;
		/** Origin serving the `--base /kb/` build under /kb/. */
		subfolderOrigin: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync(`${distDir}index.html`)) {
		throw new Error('dist/ has no index.html: run `npm run build` before the browser tests.');
	}
	rmSync(subfolderHostDir, { recursive: true, force: true });
	execFileSync(
		'npx',
		['astro', 'build', '--base', subfolderBase, '--site', 'https://example.org', '--outDir', `${subfolderHostDir}kb`],
		// Vitest sets NODE_ENV=test, which would make Astro build a development bundle.
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
	);
	const site = await serveStatic(distDir);
	const subfolder = await serveStatic(subfolderHostDir);
	project.provide('siteOrigin', site.origin);
	project.provide('subfolderOrigin', subfolder.origin);
	return async () => {
		await site.close();
		await subfolder.close();
	};
}
