import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultSettingsFile, settingsFileVariable } from '../../src/config/schema';
import { redirectsFor } from '../../src/stable-urls/integration';
import { testRedirectsVariable } from '../../src/stable-urls/test-redirects';
import { distDir, root, tmpDir } from '../support/paths';
import { buildCommand, defaultSite, settingsOf, shippedSettingsFile, variantNamed, variants } from '../support/variants';

/**
 * The registry of site builds the browser tests use (test/support/variants.ts): each entry must build
 * what it says, into a folder of its own, so that adding a variant is one entry and nothing else.
 */
describe('the site variants', () => {
	test('include the shipped build, the subfolder build and the alternative settings, each with a name of its own', () => {
		const names = variants.map((variant) => variant.name);
		expect(names).toEqual(expect.arrayContaining(['shipped', 'subfolder', 'alternative-settings']));
		expect(new Set(names).size).toBe(names.length);
	});

	test('"shipped" is exactly `npm run build`: dist/, no arguments, no variables', () => {
		const shipped = variantNamed('shipped');
		expect(shipped).toMatchObject({ hostDir: distDir, outDir: distDir, base: '/', site: defaultSite, args: [], env: {} });
		expect(shipped.settingsFile).toBe(defaultSettingsFile);
		expect(shippedSettingsFile).toBe(defaultSettingsFile);
		expect(readFileSync(`${root}astro.config.mjs`, 'utf8')).toContain(`site: '${defaultSite}'`);
	});

	test('each builds into a folder of its own that no other contains, the test builds under tmp/', () => {
		const folders = variants.map((variant) => variant.hostDir);
		for (const [index, folder] of folders.entries()) {
			const others = folders.filter((_, other) => other !== index);
			expect(others.filter((other) => other.startsWith(folder) || folder.startsWith(other)), folder).toEqual([]);
		}
		for (const variant of variants.filter((candidate) => candidate.name !== 'shipped')) expect(variant.hostDir.startsWith(tmpDir), variant.name).toBe(true);
	});

	test.each(variants)('$name: the build arguments and variables say what the entry says', (variant) => {
		expect(variant.outDir).toBe(`${variant.hostDir}${variant.base.slice(1)}`);
		expect(variant.base).toMatch(/^\/([\w-]+\/)*$/);
		expect(variant.args.join(' ')).toBe([variant.base === '/' ? '' : `--base ${variant.base}`, variant.site === defaultSite ? '' : `--site ${variant.site}`].filter(Boolean).join(' '));
		expect(variant.env[settingsFileVariable]).toBe(variant.settingsFile === defaultSettingsFile ? undefined : variant.settingsFile);
		expect(variant.env[testRedirectsVariable]).toBe(variant.redirectsFile);
		expect(existsSync(`${root}${variant.settingsFile}`), variant.settingsFile).toBe(true);
		expect(buildCommand(variant.name)).toBe(`node scripts/build-test-sites.ts ${variant.name}`);
	});

	test.each(variants)('$name: builds the editions its settings file names', async (variant) => {
		const { editions } = await settingsOf(variant);
		expect(editions.length).toBeGreaterThan(0);
		expect(variant.editions).toEqual(editions);
	});

	test('some build leaves editions out, and one builds a single edition', () => {
		expect(variants.filter((variant) => variant.editions.length > 1 && variant.editions.length < 4).length).toBeGreaterThan(0);
		expect(variants.filter((variant) => variant.editions.length === 1).length).toBeGreaterThan(0);
	});

	test('the test redirects are paths the build accepts, at least three, one of them to the chooser', () => {
		const files = variants.flatMap((variant) => (variant.redirectsFile ? [variant.redirectsFile] : []));
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const entries = JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as Record<string, string>;
			expect(Object.keys(entries).length, file).toBeGreaterThanOrEqual(3);
			expect(Object.values(entries), file).toContain('/');
			expect(() => redirectsFor('/kb/', entries), file).not.toThrow();
		}
	});

	test('an unknown name is an error naming the known ones', () => {
		expect(() => variantNamed('nowhere')).toThrow('no site variant "nowhere"; known: shipped, subfolder, alternative-settings, two-editions, single-edition');
	});
});
