import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and returns one line per violation (rule, impact, first targets).
 * Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
 */
export async function axeViolations(page: Page, context = 'document'): Promise<string[]> {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async (selector) => {
		const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
		const { violations } = await axe.run(selector === 'document' ? document : selector, { resultTypes: ['violations'] });
		return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
	}, context);
	return violations.map(({ id, impact, help, targets }) => `${page.url()}: ${id} (${impact}): ${help} at ${targets.join(', ')}`);
}
