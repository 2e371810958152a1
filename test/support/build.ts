import { execFileSync } from 'node:child_process';
import { root } from './paths';

/**
 * The environment for a child `astro build` from inside a test. Vitest mirrors Vite's `import.meta.env`
 * into process.env (DEV=1, MODE=test, …) and sets NODE_ENV=test; passed on, they make Astro build a
 * development bundle (e.g. without search).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return { ...env, NODE_ENV: 'production', ...extra };
}

/** Runs a real production build of the site into `outDir` (extra CLI arguments and variables allowed). */
export function buildSite(outDir: string, options: { args?: string[]; env?: Record<string, string> } = {}) {
	execFileSync('npx', ['astro', 'build', '--outDir', outDir, ...(options.args ?? [])], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: buildEnv(options.env),
	});
}
