/**
 * The builds of the site the browser tests run against, each built once per `npm test` (its "build"
 * stage: scripts/build-test-sites.ts) and served by the browser project's global setup. Adding a
 * variant is one entry in `variants` below; tests then ask for it by name (`site('subfolder')` in
 * test/browser/support/harness.ts). Imported by plain Node too, hence the `.ts` in local imports.
 */
import { testRedirectsVariable } from '../../src/stable-urls/test-redirects.ts';
import type { Organisation } from '../../src/config/schema.ts';
import { localeCodes, type Locale } from '../../src/locales.ts';
import { distDir, root, tmpDir } from './paths.ts';

export interface SiteVariant {
	/** The name tests and the build script use for it. */
	name: string;
	/** What it is for, in a few words (printed by the build script). */
	summary: string;
	/** The folder a static host serves: the build sits in it under `base`. */
	hostDir: string;
	/** The folder holding the build's index.html: `hostDir` plus `base`. */
	outDir: string;
	/** The URL path the site is built for and served under, with slashes on both ends. */
	base: string;
	/** The `--site` it is built with: canonical, sitemap and printed addresses start with it. */
	site: string;
	/** The organisation settings file the build reads, from the project folder. */
	settingsFile: string;
	/** Redirects (a JSON file, from the project folder) this build adds to src/stable-urls/redirects.ts. */
	redirectsFile?: string;
	/**
	 * The editions it builds: its settings file's `editions` (test/unit/site-variants.test.ts checks they
	 * agree), so the gates over every build know which pages to expect without loading the settings.
	 */
	editions: readonly Locale[];
	/** Arguments after `astro build --outDir <outDir>`. */
	args: string[];
	/** Variables the build runs with, on top of test/support/build.ts's buildEnv(). */
	env: Record<string, string>;
}

/** The settings a build reads unless ORGANISATION_SETTINGS names others (src/config/schema.ts says the same). */
export const shippedSettingsFile = 'src/config/organisation.ts';

/** astro.config.mjs's own `site`, which a build without `--site` keeps. */
export const defaultSite = 'http://localhost:4321';

interface VariantSpec {
	summary: string;
	/** Default: tmp/sites/<name>/. */
	hostDir?: string;
	base?: string;
	site?: string;
	settingsFile?: string;
	redirectsFile?: string;
	/** Default: every edition. */
	editions?: readonly Locale[];
}

function variant<Name extends string>({
	name,
	summary,
	hostDir = `${tmpDir}sites/${name}/`,
	base = '/',
	site = defaultSite,
	settingsFile,
	redirectsFile,
	editions = localeCodes,
}: VariantSpec & { name: Name }): SiteVariant & { name: Name } {
	if (!/^\/([\w-]+\/)*$/.test(base)) throw new Error(`test/support/variants.ts: variant "${name}": base "${base}" must start and end with a slash`);
	return {
		name,
		summary,
		hostDir,
		outDir: `${hostDir}${base.slice(1)}`,
		base,
		site,
		settingsFile: settingsFile ?? shippedSettingsFile,
		redirectsFile,
		editions,
		args: [...(base === '/' ? [] : ['--base', base]), ...(site === defaultSite ? [] : ['--site', site])],
		env: {
			...(settingsFile ? { ORGANISATION_SETTINGS: settingsFile } : {}),
			...(redirectsFile ? { [testRedirectsVariable]: redirectsFile } : {}),
		},
	};
}

export const variants = [
	// Exactly `npm run build`: what a team ships, and what `npm start` serves.
	variant({ name: 'shipped', summary: 'dist/, the shipped settings (npm run build)', hostDir: distDir }),
	// Hosted in a folder of another site (README, "Self-hosting"); it also carries the test redirects, so
	// the build's own redirect step writes forwarding pages under a base.
	variant({
		name: 'subfolder',
		summary: '--base /kb/ --site https://example.org, with test redirects',
		base: '/kb/',
		site: 'https://example.org',
		redirectsFile: 'test/fixtures/stable-urls/redirects.json',
	}),
	// Another organisation's settings, chosen the way a team would (README, "Adapting it").
	variant({
		name: 'alternative-settings',
		summary: 'ORGANISATION_SETTINGS=test/fixtures/organisation/alternative.ts',
		settingsFile: 'test/fixtures/organisation/alternative.ts',
	}),
	// A team building only some editions (README, `editions`), framed by its intranet, reports by e-mail,
	// at the root of its own host (docs/deploy.md's example settings).
	variant({
		name: 'two-editions',
		summary: 'editions bg and ms at the root of https://kb.example.org (test/fixtures/organisation/two-editions.ts)',
		site: 'https://kb.example.org',
		settingsFile: 'test/fixtures/organisation/two-editions.ts',
		editions: ['bg', 'ms'],
	}),
	// One edition only, in a subfolder, reports through the team's own form: the root forwards to it.
	variant({
		name: 'single-edition',
		summary: 'edition hr alone under --base /kb/ --site https://example.org (test/fixtures/organisation/single-edition.ts)',
		base: '/kb/',
		site: 'https://example.org',
		settingsFile: 'test/fixtures/organisation/single-edition.ts',
		editions: ['hr'],
	}),
] as const satisfies readonly SiteVariant[];

export type VariantName = (typeof variants)[number]['name'];

export function variantNamed(name: string): SiteVariant {
	const found = variants.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`test/support/variants.ts: no site variant "${name}"; known: ${variants.map((v) => v.name).join(', ')}`);
	return found;
}

/** The command that builds one variant, for messages that tell a reader how to make it. */
export const buildCommand = (name: string) => `node scripts/build-test-sites.ts ${name}`;

/** The organisation settings a variant is built with, as the build reads them. For tests (vitest) only. */
export async function settingsOf(variant: SiteVariant): Promise<Organisation> {
	const module = (await import(/* @vite-ignore */ `${root}${variant.settingsFile}`)) as { default: Organisation };
	return module.default;
}
