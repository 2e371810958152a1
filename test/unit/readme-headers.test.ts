import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import shipped from '../../src/config/organisation';
import { securityHeaders } from '../../src/security/headers';
import { buildEnv } from '../support/build';
import { root } from '../support/paths';

const readme = readFileSync(`${root}README.md`, 'utf8');
const deployGuide = readFileSync(`${root}docs/deploy.md`, 'utf8');

/** The lines of every fenced code block in the given language. */
function codeBlocks(markdown: string, language: string): string[][] {
	return [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(([, block]) => block.split('\n').map((line) => line.trim()));
}

function headersFrom(lines: string[], pattern: RegExp): Record<string, string> {
	return Object.fromEntries(lines.flatMap((line) => [...line.matchAll(pattern)].map(([, name, value]) => [name!, value!])));
}

const nginxHeader = /^add_header (\S+) "([^"]*)" always;$/g;
const apacheHeader = /^Header always set (\S+) "([^"]*)"$/g;

/** The headers a block must give: for the origins its first line names (`# with frameAncestors: [...]`), else for the shipped settings. */
function expectedFor(lines: string[]) {
	const origins = /^# with frameAncestors: (\[.*\])$/.exec(lines[0] ?? '')?.[1];
	return securityHeaders(origins ? { frameAncestors: JSON.parse(origins) } : shipped);
}

/** `npm run headers` as a team runs it, with the given settings file. */
function printedHeaders(settingsFile?: string): string[] {
	const env = buildEnv(settingsFile ? { ORGANISATION_SETTINGS: settingsFile } : {});
	return execFileSync('npm', ['run', '--silent', 'headers'], { cwd: root, env, encoding: 'utf8' })
		.split('\n')
		.map((line) => line.trim());
}

describe('the README gives the response headers of src/security/headers.ts', () => {
	const nginx = codeBlocks(readme, 'nginx');
	const apache = codeBlocks(readme, 'apache');

	test('for nginx and Apache, with and without origins allowed to frame the site', () => {
		expect(nginx.length).toBe(2);
		expect(apache.length).toBe(1);
		for (const block of nginx) expect(headersFrom(block, nginxHeader)).toEqual(expectedFor(block));
		for (const block of apache) expect(headersFrom(block, apacheHeader)).toEqual(expectedFor(block));
		expect(nginx[1]![0]).toMatch(/^# with frameAncestors/);
		expect(securityHeaders({ frameAncestors: ['https://a.example'] })).not.toHaveProperty('X-Frame-Options');
		expect(securityHeaders({})).toHaveProperty('X-Frame-Options', 'DENY');
		expect(securityHeaders({})['Content-Security-Policy']).toMatch(/^frame-ancestors 'none';/);
	});

	test('as `npm run headers` prints them for the shipped settings', () => {
		const printed = printedHeaders();
		const lines = (pattern: RegExp) => printed.filter((line) => pattern.test(line));
		expect(lines(/^add_header /)).toEqual(nginx[0]!.filter((line) => line.startsWith('add_header ')));
		expect(lines(/^(<IfModule|Header always set|<\/IfModule>)/)).toEqual(apache[0]!.filter(Boolean));
	});

	test('as `npm run headers` prints them for settings that allow a portal to frame the site', () => {
		const printed = printedHeaders('test/fixtures/organisation/two-editions.ts');
		expect(printed.filter((line) => line.startsWith('add_header '))).toEqual(nginx[1]!.filter((line) => line.startsWith('add_header ')));
		expect(printed.join('\n')).toContain('may be framed by https://intranet.example.org');
	});
});

describe('the nginx recipes of docs/deploy.md send the same security headers', () => {
	const recipes = codeBlocks(deployGuide, 'nginx');
	test('there are recipes to check', () => expect(recipes.length).toBeGreaterThanOrEqual(2));

	test.each(recipes.map((lines) => [lines.find((line) => line.startsWith('#')) ?? lines[0], lines] as const))('%s', (_, lines) => {
		// A block that sets any header must set them all: nginx drops outer add_header lines inside it.
		const blocks = lines.join('\n').split(/\{|\}/).map((block) => block.split('\n'));
		const withHeaders = blocks.filter((block) => block.some((line) => line.startsWith('add_header')));
		expect(withHeaders.length).toBeGreaterThan(0);
		for (const block of withHeaders) {
			const headers = headersFrom(block, nginxHeader);
			delete headers['Cache-Control'];
			expect(headers).toEqual(expectedFor(lines));
		}
	});
});
