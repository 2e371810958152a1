/** `npm run bench`: builds this site and a bare Starlight site with the same pages, measures both. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { localeCodes } from '../../src/locales.ts';
import { launchBrowser } from '../../test/browser/support/chromium.ts';
import { serveStatic } from '../../test/browser/support/static-server.ts';
import { timedBuild } from './build.ts';
import { fitGrowth, type GrowthPoint } from './growth.ts';
import { audit, startChrome, type LighthouseResult } from './lighthouse.ts';
import { pagefindSize } from './pagefind.ts';
import { benchDir, createBareStarlight, createGeneratedSite, root } from './projects.ts';
import { pageTypes, printable, ratios, targets, type PageType, type SiteFigures, type TreeBudget } from './report.ts';
import { searchBench } from './search.ts';
import { treeBudget } from './trees.mjs';
import { pageWeight } from './weight.ts';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const usage = `npm run bench [-- options]
  --runs N           Lighthouse runs per page; the median of each score is reported (default 3)
  --build-runs N     builds of each site; the fastest is reported (default 2)
  --growth A,B,C     generated pages per language for the growth builds (default 25,125,250)
  --out FILE         where the JSON goes (default bench-results/latest.json)`;

/** The largest built page whose path (under the first language) matches, e.g. the fullest guidance page. */
function largestPage(outDir: string, locale: string, candidates: string[]): string {
	const size = (slug: string) => statSync(join(outDir, locale, slug, 'index.html')).size;
	return candidates.filter((slug) => existsSync(join(outDir, locale, slug, 'index.html'))).sort((a, b) => size(b) - size(a))[0]!;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function lighthouseMedian(chrome: Awaited<ReturnType<typeof startChrome>>, url: string, runs: number) {
	const results: LighthouseResult[] = [];
	for (let run = 0; run < runs; run++) results.push(await audit(chrome, url));
	const scores = Object.fromEntries(
		(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((category) => [category, median(results.map((r) => r.scores[category]))]),
	) as LighthouseResult['scores'];
	return { scores, runs: results.map((r) => r.scores), lostPoints: [...new Set(results.flatMap((r) => r.lostPoints))], foreignRequests: Math.max(...results.map((r) => r.foreignRequests)) };
}

export async function run(argv: string[]): Promise<void> {
	const { values } = parseArgs({
		args: argv,
		options: {
			runs: { type: 'string', default: '3' },
			'build-runs': { type: 'string', default: '2' },
			growth: { type: 'string', default: '25,125,250' },
			out: { type: 'string', default: join(root, 'bench-results/latest.json') },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) return void console.log(usage);
	const runs = Number(values.runs);
	const buildRuns = Number(values['build-runs']);
	const growthSizes = values.growth.split(',').map(Number);
	if (![runs, buildRuns, ...growthSizes].every((n) => Number.isInteger(n) && n > 0)) throw new Error(`bad option value\n${usage}`);

	const startedAt = new Date();
	const load = loadavg()[0]!;
	mkdirSync(benchDir, { recursive: true });
	log('creating the bare Starlight project');
	const bareDir = createBareStarlight();
	const dirs = { site: { project: root, outDir: join(benchDir, 'this-site/') }, bare: { project: bareDir, outDir: join(bareDir, 'dist/') } };

	const buildRunsBySite = { site: [] as number[], bare: [] as number[] };
	const pagesBySite = { site: 0, bare: 0 };
	for (let attempt = 1; attempt <= buildRuns; attempt++) {
		for (const name of ['site', 'bare'] as const) {
			log(`building ${name} (${attempt}/${buildRuns})`);
			const result = await timedBuild(dirs[name].project, dirs[name].outDir);
			buildRunsBySite[name].push(result.seconds);
			pagesBySite[name] = result.pages;
		}
	}

	const fi = localeCodes[0]!;
	const subfolders = (dir: string) =>
		existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
	const siteFi = join(dirs.site.outDir, fi);
	const guidance = largestPage(dirs.site.outDir, fi, subfolders(siteFi).filter((slug) => slug !== 'decide'));
	const hasTree = (slug: string) => readFileSync(join(siteFi, slug, 'index.html'), 'utf8').includes('data-tree=');
	const tree = largestPage(dirs.site.outDir, fi, ['decide', ...subfolders(join(siteFi, 'decide')).map((slug) => `decide/${slug}`)].filter(hasTree));
	const paths: Record<PageType, (locale: string) => string> = {
		home: (locale) => `/${locale}/`,
		guidance: (locale) => `/${locale}/${guidance}/`,
		tree: (locale) => `/${locale}/${tree}/`,
	};
	log(`guidance page: ${guidance}; tree page: ${tree}`);

	const servers = { site: await serveStatic(dirs.site.outDir), bare: await serveStatic(dirs.bare.outDir) };
	const figures = {} as Record<'site' | 'bare', SiteFigures>;
	const browser = await launchBrowser();
	const chrome = await startChrome();
	try {
		for (const name of ['site', 'bare'] as const) {
			const origin = servers[name].origin;
			const weights: SiteFigures['weights'] = {};
			const lighthouse: SiteFigures['lighthouse'] = {};
			for (const locale of localeCodes) {
				weights[locale] = {} as SiteFigures['weights'][string];
				lighthouse[locale] = {};
				for (const type of pageTypes) {
					const path = paths[type](locale);
					weights[locale]![type] = { path, ...(await pageWeight(browser, origin, path)) };
					log(`lighthouse ${name} ${path}`);
					lighthouse[locale]![type] = await lighthouseMedian(chrome, `${origin}${path}`, runs);
				}
			}
			if (name === 'site') {
				log('lighthouse site / (language chooser)');
				lighthouse['root'] = { chooser: await lighthouseMedian(chrome, `${origin}/`, runs) };
			}
			figures[name] = {
				buildSeconds: Math.min(...buildRunsBySite[name]),
				buildRuns: buildRunsBySite[name],
				pages: pagesBySite[name],
				weights,
				pagefind: pagefindSize(dirs[name].outDir),
				lighthouse,
			};
		}
	} finally {
		await chrome.kill();
		await browser.close();
		await servers.site.close();
		await servers.bare.close();
	}

	// The trees helper's budget, read from the same build: scripts a tree page adds, and pages loading them needlessly.
	const trees = Object.fromEntries(
		localeCodes.map((locale) => [
			locale,
			treeBudget(dirs.site.outDir, { treePage: `${locale}/${tree}/index.html`, guidancePage: `${locale}/${guidance}/index.html` }),
		]),
	) as Record<string, TreeBudget>;
	log('search figures (builds this site and a Starlight-search variant again)');
	const search = await searchBench();

	const points: GrowthPoint[] = [];
	for (const perLocale of growthSizes) {
		log(`building the site with ${perLocale} generated pages per language`);
		const dir = createGeneratedSite(perLocale);
		const result = await timedBuild(dir, join(dir, 'dist/'));
		points.push({ perLocale, pages: result.pages, seconds: result.seconds });
		rmSync(dir, { recursive: true, force: true });
	}
	const growth = fitGrowth(points);

	const targetList = targets(figures.site, figures.bare, growth, trees);
	const report = {
		startedAt: startedAt.toISOString(),
		seconds: (Date.now() - startedAt.getTime()) / 1000,
		machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtStart: load, node: process.version },
		options: { lighthouseRuns: runs, buildRuns, growthSizes },
		pages: { guidance, tree },
		site: figures.site,
		bare: figures.bare,
		ratios: ratios(figures.site, figures.bare),
		growth,
		trees,
		search,
		targets: targetList,
	};
	mkdirSync(join(values.out, '..'), { recursive: true });
	writeFileSync(values.out, `${JSON.stringify(report, null, '\t')}\n`);
	console.log(printable(figures.site, figures.bare, growth, targetList, search, trees));
	console.log(`\nJSON: ${values.out}`);
}
