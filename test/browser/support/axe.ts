import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The axe rules whose outcome depends on the colour theme: a second theme need only run these. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page and returns one line per violation (rule, impact, first targets): every rule,
 * or only `rules` when given. Evaluated through the DevTools protocol, so the page's
 * Content-Security-Policy does not block it.
 */
export async function axeViolations(page: Page, context = 'document', rules?: string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async ({ selector, rules }) => {
		const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
		const options = rules ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: rules } } : { resultTypes: ['violations'] };
		const { violations } = await axe.run(selector === 'document' ? document : selector, options);
		return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
	}, { selector: context, rules });
	return violations.map(({ id, impact, help, targets }) => `${page.url()}: ${id} (${impact}): ${help} at ${targets.join(', ')}`);
}
