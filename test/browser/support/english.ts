import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { root } from '../../support/paths';

/** Starlight's English interface strings, read from the installed package so upgrades are covered. */
function starlightEnglish(): string[] {
	const source = readFileSync(`${root}node_modules/@astrojs/starlight/dist/translations/en.js`, 'utf8');
	return [...source.matchAll(/"[\w.]+":\s*"((?:[^"\\]|\\.)*)"/g)].map(([, value]) => JSON.parse(`"${value}"`));
}

/** Pagefind's English defaults (its UI shows them when a translation is missing). */
const pagefindEnglish = ['Clear', 'Load more results', 'Search this site', 'Filters', 'No results for', 'Searching for'];

/** English a reader could see; strings a locale legitimately shares with English ("Ctrl", "Menu") are skipped. */
export function englishPhrases(localeStrings: Record<string, string>): string[] {
	const own = new Set(Object.values(localeStrings));
	return [...starlightEnglish(), ...pagefindEnglish]
		.map((text) => text.replace(/\{\{\w+\}\}|[“”]/g, '').trim())
		.filter((text) => text.length > 2 && !own.has(text));
}

/**
 * Everything a reader sees or hears: visible text, the title, and accessible names and hints. Text marked
 * `lang="en"` is left out: it is a source cited under its own English title (the sources page), which
 * test/browser/safety.test.ts allows nowhere else.
 */
export function readerText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-description'];
		const attributeText = [...document.querySelectorAll('*')].flatMap((element) =>
			attributes.map((name) => element.getAttribute(name) ?? '').filter(Boolean),
		);
		let text = document.body.innerText;
		for (const cited of document.body.querySelectorAll<HTMLElement>('[lang="en"]')) text = text.replace(cited.innerText, ' ');
		return [document.title, text, ...attributeText].join('\n');
	});
}

/** The English phrases found in what a reader sees, as whole words. */
export function findEnglish(text: string, phrases: string[]): string[] {
	return phrases.filter((phrase) =>
		new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
	);
}

/**
 * Everyday English words that none of the four languages writes: left-over English text (a string
 * never translated, a placeholder) shows up as these, whatever it says.
 */
const englishWords = /(?<!\p{L})(the|and|you|your|with|this|that|what|when|which|please|click|here|from|have|will|should|would|there|page|search|copy|link)(?!\p{L})/giu;

/** Every English phrase or word a reader could see in the text: the site's or Starlight's own left-overs. */
export function englishIn(text: string, localeStrings: Record<string, string>): string[] {
	return [...new Set([...findEnglish(text, englishPhrases(localeStrings)), ...(text.match(englishWords) ?? [])])];
}

