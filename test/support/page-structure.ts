import { readFileSync } from 'node:fs';
import { readFrontmatter } from './frontmatter';

/** The skeleton of a page that must be the same in every language: what it says, not how. */
export interface PageStructure {
	/** Number of second-level sections. */
	sections: number;
	/** Guidance components in order, e.g. "Scenario:phone", "Say", "Line:phone", "Avoid", "RemedyTable", "SafetyFacts:reportingRoute", "RightsFacts:guarantee remedies". */
	components: string[];
	/** Pages it links to, as slugs relative to the locale root, sorted. */
	links: string[];
	/** Inventory ids from `covers:`, sorted. */
	covers: string[];
}

/** The page body without frontmatter, imports or code. */
export function pageBody(path: string): string {
	return readFileSync(path, 'utf8')
		.replace(/^---[\s\S]*?\n---/, '')
		.replace(/^import .*$/gm, '');
}

/** Resolves a relative link in page `slug` (e.g. "decide/compensating") to a slug, or undefined if external. */
export function resolveLink(fromSlug: string, href: string): string | undefined {
	if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return undefined;
	const pageUrl = new URL(`https://site.invalid/${fromSlug === 'index' ? '' : `${fromSlug.replace(/\/index$/, '')}/`}`);
	const target = new URL(href, pageUrl).pathname.replace(/^\/|\/$/g, '');
	return target === '' ? 'index' : target;
}

export function pageStructure(path: string, slug: string): PageStructure {
	const body = pageBody(path);
	const { covers = [] } = readFrontmatter(path) as { covers?: string[] };
	return {
		sections: (body.match(/^## /gm) ?? []).length,
		components: [...body.matchAll(/<(Say|Line|Avoid|Scenario|RemedyTable|PolicyValue|DecisionTree|SafetyFacts|IncidentNote|GuidanceSources|RightsFacts|OutsideBodies|RightsChecked|RightsSources)\b([^>]*)>/g)].map(
			([, name, attributes]) => {
				const detail = /(?:setting|show|tree|channel)="([^"]+)"/.exec(attributes)?.[1];
				return detail ? `${name}:${detail}` : name;
			},
		),
		links: [...new Set([...body.matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)].map(([, md, html]) => resolveLink(slug, (md ?? html).split('#')[0] || './')).filter((s): s is string => !!s && s !== slug))].sort(),
		covers: [...covers].sort(),
	};
}

/** Words of running text in a page body (markup, components and link targets removed). */
export function wordCount(path: string): number {
	const text = pageBody(path)
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_>[\]|`-]/g, ' ');
	return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}
