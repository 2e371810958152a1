/**
 * What the DecisionTree component renders: a tree's graph under the configured policy joined with its
 * words in one language, placeholders filled and links resolved relative to the page, so the site works
 * under any base path. Pure data; the component only turns it into markup.
 */
import type { LineChannel } from '../channels/channels';
import { safetyFactValues, type SafetyFactValue } from '../config/safety';
import type { Organisation } from '../config/schema';
import type { Locale } from '../locales';
import type { RightsShown } from '../rights/view';
import { type Catalog, type EndingMessages, fill, policyValues, type QuestionMessages, rawCatalogs } from './catalog';
import { stepFragment, treeGraph } from './graph';
import { machines } from './index';
import { endingChannels, type GuidanceSlug, type TreeId } from './tree';
import { validateTrees } from './validate';

export interface Link {
	href: string;
	label: string;
}

export interface StepView {
	id: string;
	/** The element id and URL fragment, `<tree>/<step>`. */
	fragment: string;
	number: number;
	kind: 'question' | 'ending';
	/** The question, or the ending's title. */
	heading: string;
	answers: Array<Link & { id: string; targetNumber: number }>;
	ending?: {
		action: string;
		/** Lines to say in order; a line with a variant per channel gives one entry per channel, in a row. */
		say: SayLineView[];
		contact?: { role: string; contact: string };
		/** Safety facts from the settings, emergency number first; only those the organisation has set. */
		safety?: SafetyFactValue[];
		/** Facts of the edition's jurisdiction to show (src/components/rights/), `bodies` for its outside bodies. */
		rights?: readonly RightsShown[];
		next?: Link;
		links: Link[];
	};
}

/** One line element: its words, and the channel it is for (`all`: every channel). */
export interface SayLineView {
	channel: LineChannel;
	text: string;
}

export interface TreeView {
	tree: TreeId;
	name: string;
	startFragment: string;
	steps: StepView[];
}

/** A relative link from one page path to another, both absolute with a trailing slash. */
export function relativeHref(from: string, to: string): string {
	const fromParts = from.split('/').filter(Boolean);
	const toParts = to.split('/').filter(Boolean);
	let shared = 0;
	while (shared < fromParts.length && shared < toParts.length && fromParts[shared] === toParts[shared]) shared++;
	const up = '../'.repeat(fromParts.length - shared);
	const down = toParts.slice(shared).map((part) => `${part}/`).join('');
	return up + down || './';
}

/** The path of a tree's own page: the entry tree is `decide/`, the others `decide/<tree>/`. */
export function treePageSlug(tree: TreeId): string {
	return tree === 'entry' ? 'decide' : `decide/${tree}`;
}

let checked: string | undefined;
/** Stops the build, listing every problem, if any tree or catalog is broken under the configured policy. */
export function assertTreesValid(organisation: Organisation): void {
	const key = JSON.stringify(organisation);
	if (checked === key) return;
	const problems = validateTrees(machines, rawCatalogs, [{ name: 'src/config/organisation.ts', organisation }]);
	if (problems.length) throw new Error(`Decision trees are broken:\n  ${problems.join('\n  ')}`);
	checked = key;
}

export interface TreeViewOptions {
	tree: TreeId;
	locale: Locale;
	organisation: Organisation;
	/** The path of the page the tree is on, e.g. `/kb/fi/decide/compensating/`. */
	pagePath: string;
	/** The site's base path with a trailing slash, e.g. `/kb/`. */
	base: string;
	/** The title of a page of this locale, by slug (`calm`, `decide/listening`). */
	titleOf: (slug: string) => string;
}

export function treeView({ tree, locale, organisation, pagePath, base, titleOf }: TreeViewOptions): TreeView {
	assertTreesValid(organisation);
	const catalog = rawCatalogs[locale]![tree] as Catalog;
	const values = policyValues(organisation, locale);
	const text = (value: string) => fill(value, values);
	const graph = treeGraph(machines[tree], organisation);
	const numberOf = new Map(graph.steps.map((step) => [step.id, step.number]));
	const pageLink = (slug: string): Link => ({
		href: relativeHref(pagePath, `${base}${locale}/${slug}/`),
		label: titleOf(slug),
	});
	const steps = graph.steps.map((step): StepView => {
		const fragment = stepFragment(tree, step.id);
		const view: StepView = { id: step.id, fragment, number: step.number, kind: step.kind, heading: '', answers: [] };
		if (step.kind === 'question') {
			const messages = catalog.steps[step.id] as QuestionMessages;
			view.heading = text(messages.question);
			view.answers = step.answers.map(({ id, target }) => ({
				id,
				href: `#${stepFragment(tree, target!)}`,
				label: text(messages.answers[id]!),
				targetNumber: numberOf.get(target!)!,
			}));
		} else {
			const messages = catalog.steps[step.id] as EndingMessages;
			const meta = step.ending!;
			view.heading = text(messages.title);
			view.ending = {
				action: text(messages.action),
				say: messages.say.flatMap((line): SayLineView[] =>
					typeof line === 'string'
						? [{ channel: 'all', text: text(line) }]
						: // validate.ts has checked that each channel the ending serves has its variant.
							endingChannels(meta).map((channel) => ({ channel, text: text(line[channel]!) })),
				),
				contact: meta.contact ? { role: values.role!, contact: values.contact! } : undefined,
				safety: meta.safety ? safetyFactValues(organisation.safety, meta.safety, locale) : undefined,
				rights: meta.rights,
				next: meta.next ? pageLink(treePageSlug(meta.next)) : undefined,
				links: meta.links.map((slug: GuidanceSlug) => pageLink(slug)),
			};
		}
		return view;
	});
	return { tree, name: text(catalog.name), startFragment: stepFragment(tree, graph.start), steps };
}
