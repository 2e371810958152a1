import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/**
 * What the search indexes of a built page: its title, description, keywords and sections, and each
 * decision-tree step on it as a result of its own. A step is an element with `data-step` and an `id`
 * (the URL fragment that opens it) inside, or on, an element with `data-tree`.
 */
export interface PageContent {
	lang: string;
	title: string;
	description: string;
	/** The words staff type for the page (frontmatter `keywords`, in `<meta name="keywords">`). */
	keywords: string[];
	sections: Section[];
	steps: Step[];
}

export interface Section {
	/** The heading's id (the URL fragment), or '' for the text before the first heading. */
	id: string;
	heading: string;
	text: string;
}

export interface Step {
	id: string;
	tree: string;
	title: string;
	text: string;
}

/**
 * Parts of the page that are not its content: heading anchor labels, page navigation, scripts, what
 * assistive technology skips too (step numbers, arrows), and a tree step's links onwards (other
 * pages' titles: "calm" would otherwise find every step that links to the calm page).
 */
const notContent = [
	'script',
	'style',
	'template',
	'.sl-anchor-link',
	'.pagination-links',
	'[data-pagefind-ignore]',
	'[aria-hidden="true"]',
	'.dt__why',
	'.dt__links',
	'.dt__next',
	'[data-tree-nojs]',
];
const stepSelector = '[data-tree][data-step][id], [data-tree] [data-step][id]';

function text(node: Element | Root): string {
	return toText(node, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

/** Removes matching elements (and their text) from a tree, in place. */
function prune(tree: Element | Root, selectors: string[]): void {
	const doomed = new Set(selectors.flatMap((selector) => selectAll(selector, tree)));
	const walk = (node: Element | Root) => {
		node.children = node.children.filter((child) => !(child.type === 'element' && doomed.has(child)));
		for (const child of node.children) if (child.type === 'element') walk(child);
	};
	walk(tree);
}

/** The first heading inside a step, else its first sentence: what a result for the step shows. */
function stepTitle(step: Element): string {
	const heading = select('[data-tree-heading-text], h1, h2, h3, h4, h5, h6, legend', step);
	if (heading) return text(heading);
	const all = text(step);
	return /^.{1,120}?[.?!](?=\s|$)/.exec(all)?.[0] ?? all.slice(0, 120);
}

/**
 * Reads a page Starlight built. Returns undefined for a page with no `<main>` (the root language
 * chooser), which the search does not index.
 */
export function extractPage(html: string): PageContent | undefined {
	const tree = fromHtml(html);
	const main = select('main', tree);
	if (!main) return undefined;
	// A page that asks to be left out of indexes (a forwarding page at an old address) is no result either.
	if (/\bnoindex\b/i.test(String(select('meta[name="robots"]', tree)?.properties.content ?? ''))) return undefined;
	const lang = select('html', tree)?.properties.lang;
	const title = select('main h1', tree) ?? select('title', tree);
	const description = select('meta[name="description"]', tree)?.properties.content;
	const keywords = select('meta[name="keywords"]', tree)?.properties.content;
	prune(main, notContent);

	const steps: Step[] = selectAll('[data-tree]', main).flatMap((tree) =>
		(tree.properties.dataStep !== undefined && tree.properties.id ? [tree] : selectAll('[data-step][id]', tree)).map((step) => ({
			id: String(step.properties.id),
			tree: String(tree.properties.dataTree),
			title: stepTitle(step),
			text: text(step),
		})),
	);
	// Steps are results of their own; hidden parts (controls a script shows) are not content.
	prune(main, [stepSelector, '[hidden]']);

	// The content column split at its h2/h3 headings: each heading with an id starts a section.
	const content = select('.sl-markdown-content', main) ?? main;
	const sections: Section[] = [{ id: '', heading: '', text: '' }];
	const collect = (node: Element) => {
		for (const child of node.children) {
			if (child.type === 'text') sections.at(-1)!.text += ` ${child.value}`;
			if (child.type !== 'element') continue;
			if (/^h[23]$/.test(child.tagName) && child.properties.id) {
				sections.push({ id: String(child.properties.id), heading: text(child), text: '' });
			} else if (/^(p|li|td|th|blockquote|figcaption|dt|dd|h[1-6])$/.test(child.tagName)) {
				sections.at(-1)!.text += ` ${text(child)} `;
			} else collect(child);
		}
	};
	collect(content);

	return {
		lang: typeof lang === 'string' ? lang : '',
		title: title ? text(title) : '',
		description: typeof description === 'string' ? description.trim() : '',
		keywords: typeof keywords === 'string' ? keywords.split(',').map((word) => word.trim()).filter(Boolean) : [],
		sections: sections
			.map((section) => ({ ...section, text: section.text.replace(/\s+/g, ' ').trim() }))
			.filter((section) => section.heading || section.text),
		steps,
	};
}
