import { spawn } from 'node:child_process';
import { root } from './paths.ts';

/**
 * The environment for a child `astro build`, from a test or a script. Vitest mirrors Vite's
 * `import.meta.env` into process.env (DEV=1, MODE=test, …) and sets NODE_ENV=test; passed on, they make
 * Astro build a development bundle (e.g. without search).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return { ...env, NODE_ENV: 'production', ...extra };
}

export interface BuildResult {
	/** The exit code of `astro build` (0: built). */
	code: number;
	/** What it wrote to stdout and stderr, interleaved. */
	output: string;
}

/** Runs a real production build of the site into `outDir` (extra CLI arguments and variables allowed). */
export function buildSite(outDir: string, options: { args?: string[]; env?: Record<string, string> } = {}): Promise<BuildResult> {
	const child = spawn('npx', ['astro', 'build', '--outDir', outDir, ...(options.args ?? [])], {
		cwd: root,
		env: buildEnv(options.env),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}
