/**
 * The addresses a built site publishes, and what is wrong with them against the checked-in list
 * (docs/published-urls.txt). Addresses are written from the site's base: "/", "/fi/calm/", "/fi/sw.js".
 * Used by the stable-URL tests and by `npm run urls`, which adds new addresses and never removes one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inUnbuiltEdition } from '../config/editions.ts';
import { localeCodes, type Locale } from '../locales.ts';

export const listFile = 'docs/published-urls.txt';

/** Build internals with hashed or generated names that nobody links to. */
const internal = /^\/(_astro|pagefind)\/|^\/404\.html$|\.map$/;

export interface PublishedSite {
	/** Pages and files a reader or a browser may ask for by address. */
	files: Set<string>;
	/** Forwarding pages: old address → address it sends the reader to. */
	redirects: Map<string, string>;
}

/** Reads a built site: `dir` is its folder, `base` what it was built with (`/` or `/kb/`). */
export function readPublishedSite(dir: string, base = '/'): PublishedSite {
	const prefix = base.replace(/\/?$/, '');
	const files = new Set<string>();
	const redirects = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const file = `/${relative(dir, path).split(sep).join('/')}`;
		if (internal.test(file)) continue;
		const address = file.replace(/(^|\/)index\.html$/, '$1');
		const head = entry.name === 'index.html' ? readFileSync(path, 'utf8').slice(0, 600) : '';
		const target = /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(head)?.[1];
		if (target) redirects.set(address, target.startsWith(`${prefix}/`) ? target.slice(prefix.length) : target);
		else files.add(address);
	}
	return { files, redirects };
}

/** The checked-in list's addresses (blank lines and # comments ignored). */
export function parseList(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));
}

/**
 * Every listed address must still be published or forward to one that is; every published one must be
 * listed. A build of only some `editions` (the setting) leaves out the others' addresses, and only those.
 */
export function urlProblems(listed: string[], site: PublishedSite, editions: readonly Locale[] = localeCodes): string[] {
	const problems: string[] = [];
	for (const address of listed) {
		if (inUnbuiltEdition(address, editions)) {
			if (site.files.has(address) || site.redirects.has(address))
				problems.push(`${address}: published, but its edition is not built (editions: ${editions.join(', ')})`);
			continue;
		}
		if (site.files.has(address)) continue;
		let target = site.redirects.get(address);
		for (let hops = 0; target && !site.files.has(target) && hops < 10; hops++) target = site.redirects.get(target) ?? target;
		if (target === undefined)
			problems.push(`${address}: listed in ${listFile} but no longer published; restore it or add a redirect in src/stable-urls/redirects.ts`);
		else if (!site.files.has(target)) problems.push(`${address}: redirects to ${target}, which is not published`);
	}
	const known = new Set(listed);
	for (const address of site.files)
		if (!known.has(address)) problems.push(`${address}: published but not in ${listFile}; run \`npm run build && npm run urls\` to add it`);
	return problems;
}

/** The list with the site's new addresses added; nothing is ever removed. */
export function updatedList(listed: string[], site: PublishedSite): string[] {
	return [...new Set([...listed, ...site.files, ...site.redirects.keys()])].sort();
}
