/**
 * What a newcomer sees from `npm ci`, on this machine's own npm and Node (not the project's Node 24, which
 * npm scripts put first on PATH): `npm ci --dry-run` resolves the same tree and prints the same warnings as
 * the install, from the lockfile alone, in a few seconds and without the network. Its own vitest project
 * (`npm run test:install`), since it runs npm rather than reading sources.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';
import { root, tmpDir } from '../support/paths';

const readme = readFileSync(`${root}README.md`, 'utf8');
const lockfile = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as {
	packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: string } }>;
};
/** The Node the project runs its scripts on: the `node` package it installs. */
const projectNode = lockfile.packages['node_modules/node']!.version!;

/** PATH as a fresh shell has it: without the project's node_modules/.bin, so `npm` runs on the machine's Node. */
const machinePath = process.env.PATH!.split(delimiter)
	.filter((dir) => !dir.includes('node_modules'))
	.join(delimiter);

function dryRunInstall(): { status: number | null; log: string; machineNode: string } {
	const dir = `${tmpDir}install-check/`;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const file of ['package.json', 'package-lock.json', '.npmrc']) if (existsSync(`${root}${file}`)) copyFileSync(`${root}${file}`, `${dir}${file}`);
	const env: NodeJS.ProcessEnv = { ...process.env, PATH: machinePath };
	for (const key of Object.keys(env)) if (/^(npm_|VITEST)/i.test(key)) delete env[key];
	const run = spawnSync('npm', ['ci', '--dry-run', '--no-fund', '--no-audit'], { cwd: dir, env, encoding: 'utf8' });
	const machineNode = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim();
	return { status: run.status, log: `${run.stdout}\n${run.stderr}`, machineNode };
}

/** The packages of `npm warn EBADENGINE` blocks, with the Node versions they require. */
function engineWarnings(log: string): { name: string; required: string }[] {
	return [...log.matchAll(/package: '([^']+)',\nnpm warn EBADENGINE {3}required: \{ node: '([^']+)'/g)].map(([, name, required]) => ({ name: name!, required: required! }));
}

describe('npm ci on this machine', () => {
	const { status, log, machineNode } = dryRunInstall();
	const warnings = log.split('\n').filter((line) => line.startsWith('npm warn'));

	test('installs, with every install script the project relies on declared in allowScripts', () => {
		expect(status, log).toBe(0);
		expect(log).not.toContain('install-scripts');
		expect(log).toMatch(/added \d+ packages/);
	});

	test('warns of nothing but the engines the README explains: packages that need a newer Node than the one running npm', () => {
		const engines = engineWarnings(log);
		// Each EBADENGINE block is five lines; nothing else may warn.
		expect(warnings.length).toBe(engines.length * 5);
		expect(warnings.filter((line) => !line.startsWith('npm warn EBADENGINE'))).toEqual([]);
		for (const { name, required } of engines) {
			expect(semver.satisfies(machineNode, required), `${name} on ${machineNode}`).toBe(false);
			// They only ever run on the project's Node, which they accept.
			expect(semver.satisfies(projectNode, required), `${name} on the project's Node ${projectNode}`).toBe(true);
		}
		if (engines.length) expect(readme).toContain('npm warn EBADENGINE');
	});

	test('the README names Node versions on which npm ci warns of nothing, and they are right', () => {
		const quiet = /With Node ([\d.]+) or later \(or ([\d.]+) or a later ([\d]+)\), `npm ci` prints no warning/.exec(readme);
		expect(quiet, 'README.md: the sentence naming the Node versions with no engine warnings').not.toBeNull();
		expect(quiet![3]).toBe(quiet![2]!.split('.')[0]);
		const versions = [`${quiet![1]}.0`, `${quiet![2]}.0`];
		const required = Object.entries(lockfile.packages).filter(([path, entry]) => path && !entry.optional && entry.engines?.node);
		expect(required.length).toBeGreaterThan(10);
		for (const version of versions)
			for (const [path, { engines }] of required) expect(semver.satisfies(version, engines!.node!), `${path} on Node ${version}`).toBe(true);
	});
});
