/**
 * Turns the server-rendered decision trees and practice scenarios (`[data-practice]`, the same markup:
 * turns, feedbacks and endings are steps, replies and "continue" are answers) (every step in the HTML, answers as links to other steps'
 * fragments) into a one-step-at-a-time guide: trail of answers, Back, Start over, focus on the new
 * question, a live announcement, and browser Back/Forward through history entries. It reads the
 * structure from the markup, so it ships no state-machine library; the markup came from the machines.
 * The URL fragment is only ever compared with known step ids, never inserted into the page.
 */

interface TrailEntry {
	step: string;
	answer: string;
}
type HistoryTrees = Record<string, { step: string; trail: TrailEntry[] }>;

/** Longer fragments cannot be a step id; ignore them before decoding. */
const MAX_FRAGMENT_LENGTH = 256;

/** The decoded fragment of a URL hash, or undefined when it is malformed or absurdly long. */
function fragmentOf(hash: string): string | undefined {
	if (!hash.startsWith('#') || hash.length > MAX_FRAGMENT_LENGTH) return undefined;
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return undefined;
	}
}

function historyTrees(): HistoryTrees {
	const state: unknown = history.state;
	const trees = typeof state === 'object' && state !== null ? (state as { decisionTrees?: unknown }).decisionTrees : undefined;
	return typeof trees === 'object' && trees !== null ? (trees as HistoryTrees) : {};
}

class DecisionTree {
	readonly id: string;
	private readonly root: HTMLElement;
	private readonly steps = new Map<string, HTMLElement>();
	/** Each step's answers in document order: answer id → target step id. */
	private readonly answers = new Map<string, Map<string, string>>();
	private readonly start: string;
	private readonly live: HTMLElement;
	private readonly bar: HTMLElement;
	private readonly trailNav: HTMLElement;
	private readonly trailList: HTMLOListElement;
	step: string;
	trail: TrailEntry[] = [];

	constructor(root: HTMLElement) {
		this.root = root;
		this.id = root.dataset.tree ?? root.dataset.practice!;
		const prefix = `#${this.id}/`;
		for (const element of root.querySelectorAll<HTMLElement>('[data-step]')) {
			const step = element.dataset.step!;
			this.steps.set(step, element);
			const answers = new Map<string, string>();
			for (const link of element.querySelectorAll<HTMLAnchorElement>('a[data-answer]')) {
				const href = link.getAttribute('href') ?? '';
				if (href.startsWith(prefix)) answers.set(link.dataset.answer!, href.slice(prefix.length));
			}
			this.answers.set(step, answers);
		}
		this.start = root.querySelector<HTMLElement>('[data-step][data-start]')?.dataset.step ?? this.steps.keys().next().value!;
		this.step = this.start;
		this.live = root.querySelector('[data-tree-live]')!;
		this.bar = root.querySelector('[data-tree-bar]')!;
		this.trailNav = root.querySelector('[data-tree-trail]')!;
		this.trailList = this.trailNav.querySelector('ol')!;
		root.addEventListener('click', (event) => this.onClick(event));
		root.querySelector('[data-tree-back]')!.addEventListener('click', () => this.back());
		root.querySelector('[data-tree-restart]')!.addEventListener('click', () => this.go(this.start, []));
		for (const button of root.querySelectorAll<HTMLButtonElement>('[data-tree-copy], [data-practice-print]')) button.hidden = false;
	}

	/** Copies a step's full address to share it; where the browser refuses, puts it in the address bar. */
	private async copyLink(step: string): Promise<void> {
		const fragment = `#${this.id}/${step}`;
		let copied = false;
		try {
			await navigator.clipboard.writeText(new URL(fragment, location.origin + location.pathname).href);
			copied = true;
		} catch {
			// No clipboard on plain http (outside localhost), or permission refused.
			history.replaceState(history.state, '', fragment);
		}
		this.live.textContent = (copied ? this.root.dataset.copied : this.root.dataset.copyFailed) ?? '';
	}

	/** The step a fragment names in this tree, if it names one. */
	stepNamedBy(fragment: string | undefined): string | undefined {
		if (fragment === undefined || !fragment.startsWith(`${this.id}/`)) return undefined;
		const step = fragment.slice(this.id.length + 1);
		return this.steps.has(step) ? step : undefined;
	}

	/** A stored trail, if it really leads from the start to `step` through existing answers. */
	private checkedTrail(step: string, trail: unknown): TrailEntry[] | undefined {
		if (!Array.isArray(trail)) return undefined;
		let at = this.start;
		for (const entry of trail as TrailEntry[]) {
			if (entry?.step !== at) return undefined;
			const next = this.answers.get(at)?.get(entry.answer);
			if (next === undefined) return undefined;
			at = next;
		}
		return at === step ? (trail as TrailEntry[]) : undefined;
	}

	/** The shortest way from the start to a step (breadth-first, answers in document order). */
	private shortestTrail(step: string): TrailEntry[] {
		const ways = new Map<string, TrailEntry[]>([[this.start, []]]);
		for (const [at, trail] of ways) {
			if (at === step) return trail;
			for (const [answer, next] of this.answers.get(at) ?? [])
				if (!ways.has(next)) ways.set(next, [...trail, { step: at, answer }]);
		}
		return [];
	}

	/** Shows the step the URL names, or the remembered or first step; returns whether anything changed. */
	restore(fragment: string | undefined, remembered: HistoryTrees[string] | undefined): boolean {
		const named = this.stepNamedBy(fragment);
		let step: string;
		let trail: TrailEntry[];
		if (named !== undefined) {
			step = named;
			trail = this.checkedTrail(named, remembered?.trail) ?? this.shortestTrail(named);
		} else if (fragment && fragment.startsWith(`${this.id}/`)) {
			// A fragment meant for this tree that names no step (mistyped or hostile): start over.
			[step, trail] = [this.start, []];
		} else if (remembered && this.steps.has(remembered.step)) {
			step = remembered.step;
			trail = this.checkedTrail(step, remembered.trail) ?? this.shortestTrail(step);
		} else {
			[step, trail] = [this.start, []];
		}
		const changed = step !== this.step || JSON.stringify(trail) !== JSON.stringify(this.trail);
		this.show(step, trail);
		return changed;
	}

	show(step: string, trail: TrailEntry[]): void {
		this.step = step;
		this.trail = trail;
		for (const [id, element] of this.steps) element.hidden = id !== step;
		this.bar.hidden = trail.length === 0;
		this.trailNav.hidden = trail.length === 0;
		// A practice scenario's "continue" (data-trail-hide) is no choice: the trail lists the replies only.
		const shown = trail.filter(({ step: asked, answer }) => !this.steps.get(asked)?.querySelector(`a[data-answer="${CSS.escape(answer)}"][data-trail-hide]`));
		this.trailList.replaceChildren(
			...shown.map(({ step: asked, answer }) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = `#${this.id}/${asked}`;
				link.dataset.trailStep = asked;
				const question = document.createElement('span');
				question.className = 'dt__trail-question';
				question.textContent = this.headingText(asked);
				const given = document.createElement('span');
				given.className = 'dt__trail-answer';
				given.textContent = this.steps.get(asked)?.querySelector(`a[data-answer="${CSS.escape(answer)}"]`)?.textContent?.trim() ?? '';
				link.append(question, ' ', given);
				item.append(link);
				return item;
			}),
		);
		this.summarise();
	}

	/**
	 * At a practice scenario's ending, the summary of the route taken (src/machines/practice/README.md,
	 * "The summary"), assembled from the feedbacks' own markup: the lessons of the good replies; for each
	 * mixed or poor reply, the reply and the better ones; the pages their feedbacks link, then the ending's
	 * and the scenario's, each once.
	 */
	private summarise(): void {
		const summary = this.steps.get(this.step)?.querySelector<HTMLElement>('[data-practice-summary]');
		for (const other of this.root.querySelectorAll<HTMLElement>('[data-practice-summary]')) other.hidden = other !== summary;
		if (!summary) return;
		const feedbacks = this.trail.map(({ step }) => this.steps.get(step)).filter((element) => element?.dataset.kind === 'feedback') as HTMLElement[];
		const clone = (element: Element | null | undefined) => (element ? [element.cloneNode(true)] : []);
		const item = (...children: Node[]) => {
			const li = document.createElement('li');
			li.append(...children);
			return li;
		};
		const fill = (selector: string, items: Node[]) => {
			const list = summary.querySelector(selector)!;
			list.replaceChildren(...items);
			list.closest('[data-summary-part]')?.toggleAttribute('hidden', items.length === 0);
		};
		const good = feedbacks.filter((element) => element.dataset.quality === 'good');
		const other = feedbacks.filter((element) => element.dataset.quality !== 'good');
		fill('[data-summary-well]', good.map((element) => item(...clone(element.querySelector('[data-lesson]')))));
		fill('[data-summary-instead]', other.map((element) => item(...clone(element.querySelector('[data-chosen]')), ...clone(element.querySelector('[data-better]')))));
		const links = new Map<string, Node>();
		const sources = [...other, this.steps.get(this.step)!, this.root.querySelector('[data-scenario-pages]')];
		for (const source of sources)
			for (const link of source?.querySelectorAll<HTMLAnchorElement>('a[data-page-link]') ?? [])
				if (!links.has(link.getAttribute('href')!)) links.set(link.getAttribute('href')!, item(link.cloneNode(true)));
		fill('[data-summary-pages]', [...links.values()]);
		summary.hidden = false;
	}

	/** Moves focus to the step's heading and announces it, after the reader acted. */
	announce(): void {
		const heading = this.heading(this.step);
		if (!heading) return;
		heading.focus();
		this.live.textContent = this.headingText(this.step);
	}

	private headingText(step: string): string {
		return this.heading(step)?.querySelector('[data-tree-heading-text]')?.textContent?.trim() ?? '';
	}

	private heading(step: string): HTMLElement | null {
		return this.steps.get(step)?.querySelector<HTMLElement>('[data-tree-heading]') ?? null;
	}

	/** Goes to a step as a new history entry, so browser Back returns here. */
	go(step: string, trail: TrailEntry[]): void {
		this.show(step, trail);
		history.pushState({ decisionTrees: collectStates() }, '', `#${this.id}/${step}`);
		this.announce();
	}

	private back(): void {
		const previous = this.trail.at(-1);
		if (previous) this.go(previous.step, this.trail.slice(0, -1));
	}

	private onClick(event: MouseEvent): void {
		if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		if ((event.target as Element).closest?.('[data-practice-print]')) {
			// Prints the summary alone (the page prints as a handout otherwise); see the print styles.
			this.root.dataset.printSummary = '';
			addEventListener('afterprint', () => delete this.root.dataset.printSummary, { once: true });
			print();
			return;
		}
		const copy = (event.target as Element).closest?.<HTMLElement>('[data-tree-copy]');
		const copyStep = copy?.closest<HTMLElement>('[data-step]')?.dataset.step;
		if (copyStep !== undefined && this.root.contains(copy!)) {
			void this.copyLink(copyStep);
			return;
		}
		const link = (event.target as Element).closest?.('a');
		if (!link || !this.root.contains(link)) return;
		const answer = link.dataset.answer;
		const from = link.closest<HTMLElement>('[data-step]')?.dataset.step;
		if (answer !== undefined && from === this.step) {
			const next = this.answers.get(from)?.get(answer);
			if (next === undefined) return;
			event.preventDefault();
			this.go(next, [...this.trail, { step: from, answer }]);
			return;
		}
		const revisit = link.dataset.trailStep;
		if (revisit !== undefined) {
			event.preventDefault();
			const index = this.trail.findIndex((entry) => entry.step === revisit);
			this.go(revisit, this.trail.slice(0, Math.max(index, 0)));
			return;
		}
		const named = this.stepNamedBy(fragmentOf(link.getAttribute('href') ?? ''));
		if (named !== undefined) {
			// Plain links between steps (the ending's "Start over") keep working without a page jump.
			event.preventDefault();
			this.go(named, named === this.start ? [] : this.shortestTrail(named));
		}
	}
}

const trees: DecisionTree[] = [];

function collectStates(): HistoryTrees {
	return Object.fromEntries(trees.map((tree) => [tree.id, { step: tree.step, trail: tree.trail }]));
}

function restoreAll(moveFocus: boolean): void {
	const fragment = fragmentOf(location.hash);
	const remembered = historyTrees();
	for (const tree of trees) {
		const changed = tree.restore(fragment, remembered[tree.id]);
		// After popstate the browser still scrolls to the fragment and resets focus; move focus after that.
		if (changed && moveFocus) setTimeout(() => tree.announce());
	}
}

/** Enhances every decision tree on the page; safe to call once per page. */
export function enhanceDecisionTrees(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-tree], [data-practice]')) {
		if (root.dataset.enhanced !== undefined) continue;
		trees.push(new DecisionTree(root));
		root.dataset.enhanced = '';
	}
	if (!trees.length) return;
	restoreAll(false);
	// Fragment navigation fires popstate and then hashchange; restore() is idempotent, so the second is a no-op.
	addEventListener('popstate', () => restoreAll(true));
	addEventListener('hashchange', () => restoreAll(true));
}
