/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G link, simulated) of built
 * pages, in Debian's Chromium with the project's flags. Chromium may resolve no host name but the
 * local server's address, so a score can never depend on the network.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, executablePath } from '../../test/browser/support/chromium.ts';

export interface LighthouseResult {
	scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
	/** Audits that cost points, e.g. "performance/first-contentful-paint 0.97 (1.4 s)". */
	lostPoints: string[];
	foreignRequests: number;
}

export async function startChrome(): Promise<LaunchedChrome> {
	return launch({
		chromePath: executablePath,
		chromeFlags: ['--headless=new', ...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
	});
}

export async function audit(chrome: LaunchedChrome, url: string): Promise<LighthouseResult> {
	const result = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		// Every audit a first visit, as with the Lighthouse CLI's fresh profile: one Chrome serves all the
		// audits, and by default Lighthouse keeps local storage, where the site remembers the reader's
		// language (the root chooser would then measure a returning reader's redirect instead).
	}, {
		extends: 'lighthouse:default',
		settings: { clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage', 'indexeddb', 'cookies'] },
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
	const scores = Object.fromEntries(
		Object.entries(lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
	) as LighthouseResult['scores'];
	const lostPoints = Object.values(lhr.categories).flatMap((category) =>
		category.auditRefs
			.filter((ref) => ref.weight > 0 && lhr.audits[ref.id]!.score !== null && lhr.audits[ref.id]!.score! < 1)
			.map((ref) => {
				const { score, displayValue } = lhr.audits[ref.id]!;
				return `${category.id}/${ref.id} ${score}${displayValue ? ` (${displayValue})` : ''}`;
			}),
	);
	const origin = new URL(url).origin;
	const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ url: string }> } | undefined)?.items ?? [];
	return { scores, lostPoints, foreignRequests: requests.filter((request) => !request.url.startsWith(origin) && !request.url.startsWith('data:')).length };
}
