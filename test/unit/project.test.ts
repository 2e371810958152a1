import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runStages, stages } from '../../scripts/test-stages';
import { root, tmpDir } from '../support/paths';

/**
 * The promises the README makes to a team on a fresh machine: the stack, the Node the scripts run on,
 * the two commands and what they do, and the CI entry point that installs what the machine lacks.
 */
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
	scripts: Record<string, string>;
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
};
const readme = readFileSync(`${root}README.md`, 'utf8');
const ciRun = readFileSync(`${root}.ci/run`, 'utf8');

/** The major version a range such as "^0.42.4" or "^7.3.5" pins (the minor for 0.x). */
function pinned(range: string | undefined): string {
	const [major, minor] = (range ?? '').replace(/^[\^~]/, '').split('.');
	return major === '0' ? `0.${minor}` : major;
}

describe('the stack', () => {
	test.each([
		['astro', '7'],
		['@astrojs/starlight', '0.42'],
		['@astrojs/mdx', '8'],
		['xstate', '5'],
		['pagefind', '1'],
	])('%s is a dependency at %s', (name, version) => {
		expect(pinned(pkg.dependencies[name]), `package.json dependencies.${name}`).toBe(version);
	});

	test.each([
		['vitest', '5'],
		['typescript', '6'],
		['playwright-core', '1'],
	])('%s is a dev dependency at %s', (name, version) => {
		expect(pinned(pkg.devDependencies[name]), `package.json devDependencies.${name}`).toBe(version);
	});

	test.each(['package.json', 'tsconfig.json', 'astro.config.mjs', 'src/content', 'src/components', 'src/machines', 'public', 'test', 'README.md'])(
		'the top level has %s',
		(path) => expect(existsSync(`${root}${path}`), path).toBe(true),
	);
});

describe('the Node the scripts run on', () => {
	test('the project brings Node 24 as a dependency, allowed to install its binary', () => {
		expect(pinned(pkg.devDependencies.node), 'package.json devDependencies.node').toBe('24');
		expect((pkg as { allowScripts?: Record<string, boolean> }).allowScripts?.node, 'package.json allowScripts.node').toBe(true);
	});

	test('these tests themselves run on Node 22.12 or later (npm puts node_modules/.bin first)', () => {
		const [major, minor] = process.versions.node.split('.').map(Number);
		expect(major > 22 || (major === 22 && minor >= 12), `running on Node ${process.versions.node}`).toBe(true);
	});
});

describe('the two commands', () => {
	test('the README gives them exactly, with the address npm start serves', () => {
		expect(readme).toMatch(/^npm ci && npm start\b.*http:\/\/localhost:4321\//m);
		expect(readme).toMatch(/^npm test\b/m);
	});

	test('npm start builds the site and serves it on port 4321', () => {
		expect(pkg.scripts.start).toMatch(/^astro build && astro preview --port 4321$/);
	});

	test('npm test runs the type check, the unit tests, the install check, the production builds and the browser tests, in that order', () => {
		expect(pkg.scripts.test).toBe('node scripts/test.ts');
		expect(readFileSync(`${root}scripts/test.ts`, 'utf8')).toMatch(/^process\.exitCode = runStages\(stages\.map\(npmStage\)\);$/m);
		expect(stages.map(({ name, script }) => `${name}: npm run ${script}`)).toEqual([
			'check: npm run check',
			'unit: npm run test:unit',
			'install: npm run test:install',
			'build: npm run build:test-sites',
			'browser: npm run test:browser',
		]);
		expect(pkg.scripts['test:install']).toBe('vitest run --project install');
		expect(pkg.scripts.check).toBe('astro check');
		expect(pkg.scripts['test:unit']).toBe('vitest run --project unit');
		expect(pkg.scripts['build:test-sites']).toBe('node scripts/build-test-sites.ts');
		expect(pkg.scripts.build).toBe('astro build');
		expect(pkg.scripts['test:browser']).toBe('vitest run --project browser');
	});

	test('npm test prints the time of each stage and stops at the first that fails, with its exit code', () => {
		const marker = `${tmpDir}stage-ran`;
		rmSync(marker, { force: true });
		const node = (code: string) => ({ command: process.execPath, args: ['-e', code] });
		const lines: string[] = [];
		const code = runStages(
			[
				{ name: 'first', ...node('') },
				{ name: 'second', ...node('process.exit(3)') },
				{ name: 'third', ...node(`require('node:fs').writeFileSync(${JSON.stringify(marker)}, '')`) },
			],
			(line) => lines.push(line.trim()),
		);
		expect(code).toBe(3);
		expect(existsSync(marker), 'the stage after the failure ran').toBe(false);
		expect(lines).toContainEqual(expect.stringMatching(/^■ first: passed in \d+\.\d s$/));
		expect(lines).toContainEqual(expect.stringMatching(/^■ second: failed \(exit code 3\) in \d+\.\d s$/));
		expect(lines.at(-1)).toMatch(/^npm test stopped at "second": first \d+\.\d s, second \d+\.\d s$/);
		expect(runStages([{ name: 'only', ...node('') }], (line) => lines.push(line.trim()))).toBe(0);
		expect(lines.at(-1)).toMatch(/^npm test passed: only \d+\.\d s; \d+\.\d s in all$/);
	});

	test('no test builds the site: the build stage does, once per variant (a build that must stop at its settings aside)', () => {
		const testFiles = readdirSync(`${root}test`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.ts'));
		expect(testFiles.length).toBeGreaterThanOrEqual(40);
		const building = testFiles.filter((file) => /buildSite\(|['"]astro['"],\s*['"]build['"]/.test(readFileSync(`${root}test/${file}`, 'utf8')));
		expect(building).toEqual(['browser/organisation.test.ts']);
		expect(readFileSync(`${root}test/browser/organisation.test.ts`, 'utf8').match(/buildSite\(/g)).toHaveLength(1);
	});

	test.each(['Self-hosting', 'Adding a page', 'Adding a language', 'Adapting it to your organisation', 'Tests', 'Benchmark'])(
		'the README has a section "%s"',
		(heading) => expect(readme).toMatch(new RegExp(`^## ${heading}$`, 'm')),
	);
});

describe('CI on a fresh machine (.ci/run)', () => {
	test('installs Debian Chromium when it is missing, then runs npm ci and the README test command', () => {
		expect(ciRun).toMatch(/\[ -x \/usr\/bin\/chromium \] \|\| missing\+=\(chromium\)/);
		expect(ciRun).toMatch(/apt-get install -y -q "\$\{missing\[@\]\}"/);
		const lines = ciRun.split('\n').map((line) => line.trim());
		expect(lines.indexOf('npm ci')).toBeGreaterThan(-1);
		expect(lines.indexOf('npm test')).toBeGreaterThan(lines.indexOf('npm ci'));
	});

	test('is executable and stops at the first failure', () => {
		expect(statSync(`${root}.ci/run`).mode & 0o111, '.ci/run mode').not.toBe(0);
		expect(ciRun.startsWith('#!/usr/bin/env bash\n')).toBe(true);
		expect(ciRun).toMatch(/^set -euo pipefail$/m);
	});
});
