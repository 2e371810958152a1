import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/security/headers';
import { root } from '../support/paths';

const readme = readFileSync(`${root}README.md`, 'utf8');
const deployGuide = readFileSync(`${root}docs/deploy.md`, 'utf8');

/** The lines of every fenced code block in the given language. */
function codeBlocks(markdown: string, language: string): string[][] {
	return [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(([, block]) => block.split('\n').map((line) => line.trim()));
}

/** The lines of the README's fenced code block in the given language. */
function codeBlock(language: string): string[] {
	const block = codeBlocks(readme, language)[0];
	if (block === undefined) throw new Error(`README.md: no \`\`\`${language} block`);
	return block;
}

function headersFrom(lines: string[], pattern: RegExp): Record<string, string> {
	return Object.fromEntries(lines.flatMap((line) => [...line.matchAll(pattern)].map(([, name, value]) => [name!, value!])));
}

describe('the README gives the response headers of src/security/headers.ts', () => {
	test('for nginx', () => {
		expect(headersFrom(codeBlock('nginx'), /^add_header (\S+) "([^"]*)" always;$/g)).toEqual(securityHeaders);
	});

	test('for Apache', () => {
		expect(headersFrom(codeBlock('apache'), /^Header always set (\S+) "([^"]*)"$/g)).toEqual(securityHeaders);
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
			const headers = headersFrom(block, /^add_header (\S+) "([^"]*)" always;$/g);
			delete headers['Cache-Control'];
			expect(headers).toEqual(securityHeaders);
		}
	});
});
