/**
 * The search button and dialog: Ctrl+K / ⌘K and the button open it; the engine (Pagefind and this
 * language's analyser) loads on first use, or earlier when the pointer or focus reaches the button.
 * Everything typed is used as text only, never as HTML.
 */
import type { SearchEngine, SearchResult } from './engine.ts';

interface Strings {
	searching: string;
	zeroResults: string;
	oneResult: string;
	manyResults: string;
	unavailable: string;
}

const isApple = /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform);

class SiteSearch extends HTMLElement {
	#engine?: Promise<SearchEngine>;
	#latest = 0;
	/** The links offered under a query with no results. */
	#offer?: HTMLElement;

	/** The results the dialog lists for a query, without showing them (for tests and the benchmark). */
	async results(query: string): Promise<SearchResult[]> {
		const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
		return (await this.#load(strings, this.querySelector<HTMLElement>('[data-search-status]')!)).search(query.trim());
	}

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
		const input = form.querySelector('input')!;
		const status = this.querySelector<HTMLElement>('[data-search-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
		this.#offer = this.querySelector<HTMLElement>('[data-search-offer]') ?? undefined;
		const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;

		if (isApple) {
			this.querySelector<HTMLElement>('[data-keys]')?.setAttribute('data-keys', '⌘ K');
			openButton.setAttribute('aria-keyshortcuts', 'Meta+K');
		}

		const open = () => {
			if (dialog.open) return;
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			input.focus();
			input.select();
			void this.#load(strings, status);
		};
		const close = () => dialog.close();

		openButton.addEventListener('click', open);
		for (const event of ['pointerenter', 'focus', 'touchstart'] as const) {
			openButton.addEventListener(event, () => void this.#load(strings, status), { once: true, passive: true });
		}
		closeButton.addEventListener('click', close);
		dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
		// A click on the backdrop (the dialog itself, outside its frame) or on a result closes it.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog || (event.target as Element).closest?.('a')) close();
		});
		window.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				dialog.open ? close() : open();
			}
		});

		let timer: ReturnType<typeof setTimeout> | undefined;
		input.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => void this.#search(input.value, strings, status, list), 120);
		});
		// Enter opens the first result.
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			list.querySelector('a')?.click();
		});
		openButton.disabled = false;
	}

	#load(strings: Strings, status: HTMLElement): Promise<SearchEngine> {
		// `astro dev` serves no search index: say so (strings.unavailable) rather than ask for it.
		this.#engine ??= import.meta.env.DEV
			? Promise.reject(new Error('no search index under astro dev'))
			: import('./engine.ts').then(({ createEngine }) => createEngine(document.documentElement.lang));
		this.#engine.catch(() => {
			status.textContent = strings.unavailable;
			this.#engine = undefined; // try again next time, e.g. once the network is back
		});
		return this.#engine;
	}

	async #search(query: string, strings: Strings, status: HTMLElement, list: HTMLOListElement) {
		const id = ++this.#latest;
		const trimmed = query.trim();
		if (!trimmed) {
			status.textContent = '';
			list.replaceChildren();
			if (this.#offer) this.#offer.hidden = true;
			return;
		}
		status.textContent = fill(strings.searching, trimmed, 0);
		let results: SearchResult[];
		let engine: SearchEngine;
		try {
			engine = await this.#load(strings, status);
			results = await engine.search(trimmed);
		} catch {
			if (id === this.#latest) status.textContent = strings.unavailable;
			return;
		}
		if (id !== this.#latest) return; // a newer query has started
		const template = results.length === 0 ? strings.zeroResults : results.length === 1 ? strings.oneResult : strings.manyResults;
		status.textContent = fill(template, trimmed, results.length);
		list.replaceChildren(...results.map((result) => renderResult(result, engine)));
		if (this.#offer) this.#offer.hidden = results.length > 0;
	}
}

/**
 * A status template with its placeholders filled in one pass, by a function: the search text may itself
 * hold "[COUNT]" or "$&", which a chain of string replacements would expand.
 */
function fill(template: string, term: string, count: number): string {
	return template.replace(/\[(SEARCH_TERM|COUNT)\]/g, (_, key: string) => (key === 'COUNT' ? String(count) : term));
}

/** A part of a result, the words that matched the query in <mark> (as text, never as HTML). */
function span(className: string, text: string, result: SearchResult, engine: SearchEngine): HTMLSpanElement {
	const element = document.createElement('span');
	element.className = className;
	for (const [run, marked] of engine.highlight(text, result.terms)) {
		if (!marked) element.append(run);
		else {
			const mark = document.createElement('mark');
			mark.textContent = run;
			element.append(mark);
		}
	}
	return element;
}

function renderResult(result: SearchResult, engine: SearchEngine): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	link.dataset.searchResult = '';
	link.append(span('result-title', result.title, result, engine));
	if (result.context) link.append(span('result-context', result.context, result, engine));
	if (result.description) link.append(span('result-description', result.description, result, engine));
	item.append(link);
	return item;
}

customElements.define('site-search', SiteSearch);
