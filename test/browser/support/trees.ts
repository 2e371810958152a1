import type { Page } from 'playwright-core';
import organisation from '../../../src/config/organisation';
import type { Locale } from '../../../src/locales';
import { machines, type TreeId } from '../../../src/machines';
import { treeGraph, type Step } from '../../../src/machines/graph';
import { treePageSlug, treeView, type TreeView } from '../../../src/machines/view';

/** The page a tree lives on, under a base path. */
export function treePage(tree: TreeId, locale: Locale, base = '/'): string {
	return `${base}${locale}/${treePageSlug(tree)}/`;
}

/** What the built page should show for a tree, under the configured policy (src/config/organisation.ts). */
export function expectedTree(tree: TreeId, locale: Locale, base = '/'): TreeView {
	return treeView({ tree, locale, organisation, pagePath: treePage(tree, locale, base), base, titleOf: () => '' });
}

/** The ending the longest shortest path leads to: a full walk through the tree. */
export function deepestEnding(tree: TreeId): Step {
	const endings = treeGraph(machines[tree], organisation).steps.filter((step) => step.kind === 'ending');
	return endings.reduce((deepest, step) => (step.path.length > deepest.path.length ? step : deepest));
}

/** The data-step values of the step elements a reader can see. */
export function visibleSteps(page: Page, tree: TreeId): Promise<string[]> {
	return page.locator(`[data-tree="${tree}"] [data-step]:visible`).evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.step!));
}

/** The data-step of the step whose heading has focus, or null. */
export function focusedStep(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const active = document.activeElement;
		return active?.matches('[data-tree-heading]') ? (active.closest('[data-step]') as HTMLElement).dataset.step! : null;
	});
}

/** Answers the questions that lead to `step` by clicking their links, as a reader would. */
export async function walkTo(page: Page, tree: TreeId, locale: Locale, step: string, base = '/'): Promise<void> {
	const expected = expectedTree(tree, locale, base);
	const target = treeGraph(machines[tree], organisation).steps.find((candidate) => candidate.id === step);
	if (!target) throw new Error(`tree "${tree}" has no step "${step}" under the configured policy`);
	for (const hop of target.path) {
		const label = expected.steps.find((candidate) => candidate.id === hop.step)!.answers.find((answer) => answer.id === hop.answer)!.label;
		await page.locator(`[data-tree="${tree}"] [data-step="${hop.step}"]`).getByRole('link', { name: label, exact: true }).click();
	}
}
