/** The benchmark's figures, the targets of issue 7 checked against them, and the printed table. */
import { searchRatios } from './search.ts';
import type { Growth } from './growth.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PagefindSize } from './pagefind.ts';
import type { SearchBenchRow } from './search.ts';
import type { PageWeight } from './weight.ts';

export const pageTypes = ['home', 'guidance', 'tree'] as const;
export type PageType = (typeof pageTypes)[number];

export interface SiteFigures {
	buildSeconds: number;
	buildRuns: number[];
	pages: number;
	/** Per locale and page type. */
	weights: Record<string, Record<PageType, PageWeight & { path: string }>>;
	pagefind: PagefindSize;
	/** Per locale and page type, the median of the runs; `root` holds the language chooser where there is one. */
	lighthouse: Record<string, Partial<Record<PageType | 'chooser', LighthouseResult & { runs: LighthouseResult['scores'][] }>>>;
}

/** What scripts/bench/trees.mjs (the trees helper's budget) returns for one edition. */
export interface TreeBudget {
	treePage: string;
	guidancePage: string;
	addedFiles: string[];
	addedBytesGzip: number;
	limitBytesGzip: number;
	withinBudget: boolean;
	pagesWithoutTreeLoadingIt: string[];
	/** A practice scenario page of the same locale (issue 15): what it adds over the guidance page. */
	practice?: { page: string; addedFiles: string[]; addedBytesGzip: number };
}

export interface Target {
	name: string;
	value: string;
	target: string;
	met: boolean;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function ratios(site: SiteFigures, bare: SiteFigures) {
	const locales = Object.keys(site.weights);
	const weightRatio = (type: PageType, part: 'html' | 'css' | 'js') =>
		sum(locales.map((l) => site.weights[l]![type][part])) / sum(locales.map((l) => bare.weights[l]![type][part]));
	return {
		buildSeconds: site.buildSeconds / bare.buildSeconds,
		pages: site.pages / bare.pages,
		weights: Object.fromEntries(pageTypes.map((type) => [type, { html: weightRatio(type, 'html'), css: weightRatio(type, 'css'), js: weightRatio(type, 'js') }])),
		pagefind: Object.fromEntries(
			Object.keys(site.pagefind.perLocale).map((l) => [l, site.pagefind.perLocale[l]!.bytes / (bare.pagefind.perLocale[l]?.bytes ?? NaN)]),
		),
	};
}

export function targets(site: SiteFigures, bare: SiteFigures, growth: Growth, trees: Record<string, TreeBudget>): Target[] {
	const result: Target[] = [];
	const audited = Object.entries(site.lighthouse).flatMap(([locale, byType]) =>
		Object.entries(byType).map(([type, audit]) => ({ page: `${locale} ${type}`, scores: audit!.scores })),
	);
	for (const [category, minimum] of [['accessibility', 100], ['best-practices', 100], ['seo', 100], ['performance', 98]] as const) {
		const lowest = audited.reduce((low, a) => (a.scores[category] < low.scores[category] ? a : low), audited[0]!);
		result.push({
			name: `Lighthouse ${category}, every audited page`,
			value: `lowest ${lowest.scores[category]} (${lowest.page})`,
			target: `≥ ${minimum}`,
			met: audited.every((a) => a.scores[category] >= minimum),
		});
	}
	for (const locale of Object.keys(site.weights)) {
		const { guidance, tree } = site.weights[locale]!;
		const budget = trees[locale]!;
		// Two measures that should agree: bytes loaded in Chromium, and the trees helper's static budget.
		result.push({
			name: `${locale}: JavaScript a tree page adds over a guidance page (loaded; by the budget script)`,
			value: `${kb(tree.js - guidance.js)} KB; ${kb(budget.addedBytesGzip)} KB`,
			target: '≤ 16 KB gzip',
			met: Math.max(tree.js - guidance.js, budget.addedBytesGzip) <= 16 * 1024,
		});
		result.push({
			name: `${locale}: pages without a tree that load its scripts`,
			value: budget.pagesWithoutTreeLoadingIt.length ? budget.pagesWithoutTreeLoadingIt.join(', ') : 'none',
			target: 'none',
			met: budget.pagesWithoutTreeLoadingIt.length === 0,
		});
		const bareGuidance = bare.weights[locale]!.guidance;
		result.push({
			name: `${locale}: guidance page JavaScript vs bare Starlight`,
			value: `${kb(guidance.js)} KB vs ${kb(bareGuidance.js)} KB`,
			target: '≤ bare Starlight',
			met: guidance.js <= bareGuidance.js,
		});
	}
	result.push({
		name: 'Build time grows linearly with pages',
		value: `R² ${growth.r2.toFixed(3)}, s/page ${growth.marginal.map((m) => (m * 1000).toFixed(1) + ' ms').join(' → ')}`,
		target: 'R² ≥ 0.98, last step ≤ 1.5× first',
		met: growth.linear,
	});
	return result;
}

function table(headers: string[], rows: (string | number)[][]): string {
	const cells = [headers, ...rows.map((row) => row.map(String))];
	const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
	const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
	return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const scores = (audit: LighthouseResult | undefined) => (audit ? categories.map((category) => audit.scores[category]).join('/') : '–');
/** This site's scores over bare Starlight's, category by category. */
const scoreRatios = (audit: LighthouseResult | undefined, bare: LighthouseResult | undefined) =>
	audit && bare ? categories.map((category) => (audit.scores[category] / bare.scores[category]).toFixed(2)).join('/') : '–';

export function printable(
	site: SiteFigures,
	bare: SiteFigures,
	growth: Growth,
	targetList: Target[],
	search: SearchBenchRow[],
	trees: Record<string, TreeBudget>,
): string {
	const locales = Object.keys(site.weights);
	const r = ratios(site, bare);
	const out: string[] = [];
	out.push('## Build\n');
	out.push(
		table(
			['', 'this site', 'bare Starlight', 'ratio'],
			[
				['build time (s, best of runs)', site.buildSeconds.toFixed(2), bare.buildSeconds.toFixed(2), ratio(site.buildSeconds, bare.buildSeconds)],
				['pages', site.pages, bare.pages, ratio(site.pages, bare.pages)],
			],
		),
	);
	out.push('\n## Page weight, KB gzip (largest of the editions)\n');
	const largest = (figures: SiteFigures, type: PageType, part: 'html' | 'css' | 'js') =>
		Math.max(...locales.map((l) => figures.weights[l]![type][part]));
	out.push(
		table(
			['page', 'path (fi)', 'part', 'this site', 'bare Starlight', 'ratio'],
			pageTypes.flatMap((type) =>
				(['html', 'css', 'js'] as const).map((part) => [
					type,
					site.weights[locales[0]!]![type].path,
					part.toUpperCase(),
					kb(largest(site, type, part)),
					kb(largest(bare, type, part)),
					ratio(largest(site, type, part), largest(bare, type, part)),
				]),
			),
		),
	);
	out.push('\n## Pagefind index per language, KB\n');
	out.push(
		table(
			['language', 'pages', 'this site', 'bare Starlight', 'ratio'],
			[
				...Object.entries(site.pagefind.perLocale).map(([l, { bytes, pages }]) => [
					l,
					pages,
					kb(bytes),
					kb(bare.pagefind.perLocale[l]?.bytes ?? NaN),
					ratio(bytes, bare.pagefind.perLocale[l]?.bytes ?? NaN),
				]),
				['shared runtime', '', kb(site.pagefind.sharedBytes), kb(bare.pagefind.sharedBytes), ratio(site.pagefind.sharedBytes, bare.pagefind.sharedBytes)],
			],
		),
	);
	out.push('\n## Lighthouse, mobile: performance/accessibility/best practices/SEO\n');
	out.push(
		table(
			['language', 'page', 'this site', 'bare Starlight', 'ratio'],
			[
				...(site.lighthouse['root']?.chooser ? [['–', 'language chooser', scores(site.lighthouse['root'].chooser), '–', '–']] : []),
				...locales.flatMap((l) =>
					pageTypes.map((type) => [l, type, scores(site.lighthouse[l]?.[type]), scores(bare.lighthouse[l]?.[type]), scoreRatios(site.lighthouse[l]?.[type], bare.lighthouse[l]?.[type])]),
				),
			],
		),
	);
	out.push('\n## Build time as content grows (this site plus generated pages)\n');
	out.push(
		table(
			['generated per language', 'pages', 'build (s)', 'ms per page'],
			growth.points.map((p) => [p.perLocale, p.pages, p.seconds.toFixed(2), ((p.seconds / p.pages) * 1000).toFixed(1)]),
		),
	);
	out.push(`\nFit: ${growth.fixedSeconds.toFixed(2)} s + ${(growth.secondsPerPage * 1000).toFixed(1)} ms × pages, R² ${growth.r2.toFixed(3)}`);
	out.push('\n## Decision trees: scripts a tree page adds over a guidance page (scripts/bench/trees.mjs)\n');
	out.push(
		table(
			['language', 'tree page', 'added files', 'KB gzip'],
			Object.entries(trees).map(([locale, budget]) => [locale, budget.treePage, budget.addedFiles.join(', '), kb(budget.addedBytesGzip)]),
		),
	);
	out.push('\n## Practice scenarios: scripts a scenario page adds over a guidance page, beside a tree page\n');
	out.push(
		table(
			['language', 'scenario page', 'added files', 'KB gzip', 'tree page KB gzip'],
			Object.entries(trees).map(([locale, budget]) => [
				locale,
				budget.practice?.page ?? 'none',
				budget.practice?.addedFiles.join(', ') ?? '',
				budget.practice ? kb(budget.practice.addedBytesGzip) : '',
				kb(budget.addedBytesGzip),
			]),
		),
	);
	out.push('\n## Search (scripts/bench/search.ts): this site\'s search vs Starlight\'s default search, same pages\n');
	out.push(
		table(
			['language', 'engine', 'index KB', 'page load KB', 'first query fetch KB', 'first query ms', 'query ms (median)'],
			search.map((row) => [row.locale, row.engine, kb(row.indexBytes), kb(row.pageLoadBytes), kb(row.firstQueryBytes), row.firstQueryMs, row.queryMs]),
		),
	);
	out.push('\nBytes over the default search\'s (1 or less: no more), and one-letter typos answered as the word typed right:\n');
	out.push(
		table(
			['language', 'first query bytes ratio', 'later queries bytes ratio', 'typos: same first result'],
			searchRatios(search).map((row) => Object.values(row)),
		),
	);
	out.push('\n## Targets (issue 7)\n');
	out.push(table(['target', 'measured', 'goal', 'met'], targetList.map((t) => [t.name, t.value, t.target, t.met ? 'yes' : 'NO'])));
	return out.join('\n');
}
