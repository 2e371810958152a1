import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/security/headers';
import { root } from '../support/paths';

const readme = readFileSync(`${root}README.md`, 'utf8');

/** The lines of the README's fenced code block in the given language. */
function codeBlock(language: string): string[] {
	const block = readme.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'))?.[1];
	if (block === undefined) throw new Error(`README.md: no \`\`\`${language} block`);
	return block.split('\n').map((line) => line.trim());
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
