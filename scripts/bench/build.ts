import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './projects.ts';

const astro = join(root, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
	seconds: number;
	pages: number;
	outDir: string;
}

/** HTML pages in a build (Pagefind's folder holds none). */
export function countPages(outDir: string): number {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/**
 * A clean production build (`--force` drops the content cache) of the project in `projectDir`, timed
 * from process start to exit: what `npm run build` costs, Pagefind indexing and sitemap included.
 */
export async function timedBuild(projectDir: string, outDir: string, extraArgs: string[] = []): Promise<BuildResult> {
	const args = [astro, 'build', '--root', projectDir, '--outDir', outDir, '--force', ...extraArgs];
	const started = process.hrtime.bigint();
	const log: string[] = [];
	const code = await new Promise<number | null>((resolve, reject) => {
		const child = spawn(process.execPath, args, { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', (chunk) => log.push(String(chunk)));
		child.stderr.on('data', (chunk) => log.push(String(chunk)));
		child.on('error', reject);
		child.on('close', resolve);
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	writeFileSync(join(outDir, '..', 'build.log'), log.join(''));
	if (code !== 0) throw new Error(`astro build of ${projectDir} failed (exit ${code}); see ${join(outDir, '..', 'build.log')}`);
	return { seconds, pages: countPages(outDir), outDir };
}
