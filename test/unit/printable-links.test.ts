import { describe, expect, test } from 'vitest';
import { pageAddress, printedAddress } from '../../src/print/printable-links';

const docs = '/repo/src/content/docs/';

describe('printed link addresses', () => {
	test('a content file gives the address of its page on the configured site and base', () => {
		expect(pageAddress(`${docs}fi/calm.mdx`, docs, 'https://example.org/kb/')).toBe('https://example.org/kb/fi/calm/');
		expect(pageAddress(`${docs}fi/index.mdx`, docs, 'https://example.org/')).toBe('https://example.org/fi/');
		expect(pageAddress(`${docs}hr/decide/index.mdx`, docs, 'https://example.org/')).toBe('https://example.org/hr/decide/');
		expect(pageAddress(`${docs}hr/decide/escalating.md`, docs, 'https://example.org/')).toBe('https://example.org/hr/decide/escalating/');
		expect(pageAddress('/repo/src/components/Say.astro', docs, 'https://example.org/')).toBeUndefined();
	});

	test('relative links resolve against the page; same-page and script links print nothing', () => {
		const page = 'https://example.org/kb/fi/calm/';
		expect(printedAddress('../listen/', page)).toBe('https://example.org/kb/fi/listen/');
		expect(printedAddress('../decide/?step=ask', page)).toBe('https://example.org/kb/fi/decide/?step=ask');
		expect(printedAddress('https://www.kuluttajaliitto.fi/', page)).toBe('https://www.kuluttajaliitto.fi/');
		expect(printedAddress('mailto:apu@example.org', page)).toBe('apu@example.org');
		expect(printedAddress('tel:+358100200', page)).toBe('+358100200');
		expect(printedAddress('#how', page)).toBeUndefined();
		expect(printedAddress('javascript:alert(1)', page)).toBeUndefined();
	});
});
