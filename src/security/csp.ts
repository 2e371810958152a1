/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` (Astro's `security.csp`), so it
 * holds on any static host. Astro hashes the scripts and styles it bundles or inlines; scripts written
 * `<script is:inline>` (Starlight's theme, sidebar and search helpers, and any of ours) it does not, so
 * their hashes are computed here from the component sources. The browser quality tests fail on any
 * violation, so a hash that drifts is caught. README.md gives the matching response headers.
 *
 * Astro writes the `<meta>` where `<head>` ends, after Starlight's theme script; a `<meta>` policy
 * governs what follows it, so that script runs unchecked, but it is fixed at build time and hashed
 * all the same, so the policy also holds when a server sends it as a header.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders whose `.astro` components may render `<script is:inline>` on our pages: Starlight's and ours. */
const componentDirs = [
	dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))),
	fileURLToPath(new URL('../', import.meta.url)),
];

/** Directives besides script-src and style-src, which Astro writes itself. */
export const cspDirectives = [
	"default-src 'self'",
	// Starlight's icons and Expressive Code use inline SVG data URLs.
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

function astroFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.astro'))
		.map((file) => join(dir, file));
}

/** The bodies of every `<script is:inline>` in the given components, as the page will carry them. */
export function inlineScriptBodies(files: string[]): string[] {
	const inline = /<script\b(?=[^>]*\sis:inline\b)[^>]*>([\s\S]*?)<\/script>/g;
	return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(inline)].map((match) => match[1]!));
}

export function sha256(content: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

export const contentSecurityPolicy = {
	algorithm: 'SHA-256' as const,
	directives: [...cspDirectives],
	scriptDirective: {
		// 'self' for bundled scripts; Pagefind compiles its WebAssembly search index.
		resources: ["'self'", "'wasm-unsafe-eval'"],
		hashes: [...new Set(inlineScriptBodies(componentDirs.flatMap(astroFiles)).map(sha256))],
	},
	styleDirective: {
		// Style attributes cannot run script; Starlight sets a few from component props (select widths,
		// icon sizes), so they are allowed while `<style>` elements stay limited to 'self' and hashes
		// (Astro's default when no other element resource is given).
		resources: [{ resource: "'unsafe-inline'", kind: 'attribute' as const }],
	},
};
