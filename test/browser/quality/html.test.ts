import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { variants } from '../../support/variants';
import { builtPages, fileForPath, forwardingPages } from '../support/built-site';

/**
 * Valid HTML: html-validate's `standard` preset (conformance to the HTML standard, not style) plus the
 * document rules that are about validity. Left out on purpose: `require-sri` (every script and
 * stylesheet is same-origin and covered by the CSP) and `heading-level` (Starlight's layout puts the
 * "On this page" h2 before the page's h1 in source order; axe checks the heading outline as read).
 */
const validator = new HtmlValidate({
	extends: ['html-validate:standard'],
	rules: { 'missing-doctype': 'error', 'no-missing-references': 'error', 'input-missing-label': 'error' },
});

async function htmlErrors(source: string, name: string): Promise<string[]> {
	const report = await validator.validateString(source, name);
	return report.results.flatMap(({ messages }) =>
		messages.map(({ ruleId, message, line, column }) => `${name}:${line}:${column} ${ruleId}: ${message}`),
	);
}

const shipped = variants.find((variant) => variant.name === 'shipped')!;

describe('every built page is valid HTML', () => {
	const pages = builtPages(shipped.outDir);
	test('covers the whole build', () => {
		expect(pages).toEqual(expect.arrayContaining(['', '404.html', 'fi/', 'ms/decide/compensating/']));
		expect(pages.length).toBeGreaterThanOrEqual(4 * 19);
	});

	test.each(pages)('/%s', async (page) => {
		expect(await htmlErrors(readFileSync(fileForPath(shipped, `/${page}`)!, 'utf8'), `/${page}`)).toEqual([]);
	});

	// The pages the build writes at old addresses (src/stable-urls/redirects.ts), in every build that has some.
	const forwarding = variants.flatMap((variant) => forwardingPages(variant.outDir).map((page) => ({ variant, page })));
	test('covers the forwarding pages of the builds', () => {
		expect(forwarding.length).toBeGreaterThanOrEqual(3);
	});
	test.each(forwarding.map(({ variant, page }) => [`${variant.name}: ${variant.base}${page}`, variant, page] as const))(
		'forwarding page %s',
		async (name, variant, page) => {
			expect(await htmlErrors(readFileSync(fileForPath(variant, `${variant.base}${page}`)!, 'utf8'), name)).toEqual([]);
		},
	);

	test('the validator rejects invalid markup', async () => {
		const errors = await htmlErrors('<!doctype html><html lang="fi"><head><title>x</title></head><body><p><div id="a"></div><span id="a"></span></p><label for="nowhere">x</label></body></html>', 'probe.html');
		expect(errors.join('\n')).toContain('no-dup-id');
		expect(errors.join('\n')).toContain('no-missing-references');
	});
});
