import type { Page } from 'playwright-core';
import shippedSettings from '../../../src/config/organisation';
import type { Organisation } from '../../../src/config/schema';
import type { Locale } from '../../../src/locales';
import { machines, treeIds, type TreeId } from '../../../src/machines';
import { declaredSteps, treeGraph, type Step } from '../../../src/machines/graph';
import { treePageSlug, treeView, type TreeView } from '../../../src/machines/view';

/** The page a tree lives on, under a base path. */
export function treePage(tree: TreeId, locale: Locale, base = '/'): string {
	return `${base}${locale}/${treePageSlug(tree)}/`;
}

/** What the built page should show for a tree, under the settings it was built with (the shipped ones by default). */
export function expectedTree(tree: TreeId, locale: Locale, base = '/', organisation: Organisation = shippedSettings): TreeView {
	return treeView({ tree, locale, organisation, pagePath: treePage(tree, locale, base), base, titleOf: () => '' });
}

/** The ending the longest shortest path leads to: a full walk through the tree. */
export function deepestEnding(tree: TreeId, organisation: Organisation = shippedSettings): Step {
	const endings = treeGraph(machines[tree], organisation).steps.filter((step) => step.kind === 'ending');
	return endings.reduce((deepest, step) => (step.path.length > deepest.path.length ? step : deepest));
}

/**
 * Every ending that calls someone in (`meta.contact` in its machine) that a reader can reach under the
 * settings, read from the machines themselves rather than from what the pages render.
 */
export function contactEndings(organisation: Organisation = shippedSettings): Array<{ tree: TreeId; step: Step }> {
	return treeIds.flatMap((tree) => {
		const calling = new Set(
			declaredSteps(machines[tree])
				.filter((step) => step.final && (step.meta as { contact?: boolean } | undefined)?.contact === true)
				.map((step) => step.id),
		);
		return treeGraph(machines[tree], organisation)
			.steps.filter((step) => calling.has(step.id))
			.map((step) => ({ tree, step }));
	});
}

/** The data-step values of the step elements a reader can see. */
export function visibleSteps(page: Page, tree: TreeId): Promise<string[]> {
	return page.locator(`[data-tree="${tree}"] [data-step]:visible`).evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.step!));
}

/** The entries of the tree's trail ("question answer"), as shown. */
export function trailTexts(page: Page, tree: TreeId): Promise<string[]> {
	return page.locator(`[data-tree="${tree}"] [data-tree-trail] li`).allTextContents();
}

/** The data-step of the step whose heading has focus, or null. */
export function focusedStep(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const active = document.activeElement;
		return active?.matches('[data-tree-heading]') ? (active.closest('[data-step]') as HTMLElement).dataset.step! : null;
	});
}

/** Answers the questions that lead to `step` by clicking their links, as a reader would. */
export async function walkTo(page: Page, tree: TreeId, locale: Locale, step: string, base = '/', organisation: Organisation = shippedSettings): Promise<void> {
	const expected = expectedTree(tree, locale, base, organisation);
	const target = treeGraph(machines[tree], organisation).steps.find((candidate) => candidate.id === step);
	if (!target) throw new Error(`tree "${tree}" has no step "${step}" under these settings`);
	for (const hop of target.path) {
		const label = expected.steps.find((candidate) => candidate.id === hop.step)!.answers.find((answer) => answer.id === hop.answer)!.label;
		await page.locator(`[data-tree="${tree}"] [data-step="${hop.step}"]`).getByRole('link', { name: label, exact: true }).click();
	}
}
