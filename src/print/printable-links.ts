/**
 * On paper a link is only useful if its address is printed. This adds `data-print-url`, the link's full
 * address, to every link in the guidance text, and src/styles/print.css prints it after the link. Relative
 * links (`../calm/`) are resolved at build time against the page's own address, so the printout names the
 * real page on the team's site (`--site` and `--base`).
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The address of the page built from a file under src/content/docs/, e.g. fi/calm.mdx → <site><base>fi/calm/. */
export function pageAddress(contentFile: string, docsDir: string, siteBase: string): string | undefined {
	const path = relative(docsDir, contentFile).split(sep).join('/');
	if (path.startsWith('..') || !/\.mdx?$/.test(path)) return undefined;
	const slug = path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
	return new URL(slug ? `${slug}/` : '', siteBase).href;
}

/** The address to print for a link on the page at `page`, or nothing for links within the same page. */
export function printedAddress(href: string, page: string): string | undefined {
	if (href.startsWith('#')) return undefined;
	const url = new URL(href, page);
	if (url.protocol === 'mailto:' || url.protocol === 'tel:') return url.href.slice(url.protocol.length);
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	return url.href;
}

interface HastElement {
	properties?: Record<string, unknown>;
}
interface HastContext {
	setProperty(node: HastElement, key: string, value: unknown): void;
}
interface SatteriProcessor {
	options: { hastPlugins: Array<(file: { fileURL: URL }) => unknown> };
}

export function printableLinks(): AstroIntegration {
	return {
		name: 'printable-links',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const processor = config.markdown.processor as unknown as Partial<SatteriProcessor> | undefined;
				if (!Array.isArray(processor?.options?.hastPlugins))
					throw new Error('printable-links: markdown.processor must be Satteri (Astro’s default), which takes hast plugins');
				const docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
				const siteBase = new URL(config.base.replace(/\/?$/, '/'), config.site ?? 'http://localhost/').href;
				processor.options.hastPlugins.push(({ fileURL }) => {
					const page = pageAddress(fileURLToPath(fileURL), docsDir, siteBase);
					if (!page) return undefined;
					return {
						name: 'printable-links',
						element: {
							filter: ['a'],
							visit(node: HastElement, ctx: HastContext) {
								const href = node.properties?.href;
								const address = typeof href === 'string' ? printedAddress(href, page) : undefined;
								if (address) ctx.setProperty(node, 'dataPrintUrl', address);
							},
						},
					};
				});
			},
		},
	};
}
