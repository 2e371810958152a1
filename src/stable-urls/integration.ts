/**
 * Applies src/stable-urls/redirects.ts with the base the site is built for: Astro writes the forwarding
 * page under the base but would send readers to the destination without it.
 */
import type { AstroIntegration } from 'astro';
import { redirects } from './redirects';

const pathPattern = /^\/([\w.-]+\/)*$/;

export function redirectsFor(base: string, entries: Record<string, string> = redirects): Record<string, string> {
	const prefix = base.replace(/\/?$/, '');
	return Object.fromEntries(
		Object.entries(entries).map(([from, to]) => {
			for (const path of [from, to])
				if (!pathPattern.test(path)) throw new Error(`src/stable-urls/redirects.ts: "${path}" must be a path from the site's base, like "/fi/calm/"`);
			return [from, `${prefix}${to}`];
		}),
	);
}

export function stableUrls(): AstroIntegration {
	return {
		name: 'stable-urls',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				updateConfig({ redirects: redirectsFor(config.base) });
			},
		},
	};
}
