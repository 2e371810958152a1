/**
 * The practice pages, generated from the catalogs (`npm run practice:pages`, scripts/practice-pages.ts):
 * one `src/content/docs/<locale>/practice/<scenario>.mdx` per catalog, its title the scenario's name,
 * its description the situation's first sentence, its body the PracticeScenario component. The pages
 * are committed; test/unit/practice-pages.test.ts fails when they and the catalogs disagree.
 * Plain Node imports this file, so it reads files itself and imports nothing from Vite.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PracticePage {
	/** Relative to the project folder: `src/content/docs/fi/practice/faulty-item.mdx`. */
	path: string;
	locale: string;
	scenario: string;
	title: string;
	description: string;
}

const yamlString = (text: string) => JSON.stringify(text);

/** The first sentence of a text without placeholders (the description is read before any settings are applied). */
function firstSentence(text: string): string {
	const sentence = /^.*?[.!?…](?=\s|$)/su.exec(text.trim())?.[0] ?? text.trim();
	return sentence;
}

/** The pages the catalogs call for, from the project folder `root`. */
export function practicePages(root: string): PracticePage[] {
	const messages = join(root, 'src/machines/messages');
	return readdirSync(messages)
		.sort()
		.flatMap((locale) => {
			const folder = join(messages, locale, 'practice');
			if (!existsSync(folder)) return [];
			return readdirSync(folder)
				.filter((file) => file.endsWith('.json'))
				.sort()
				.map((file): PracticePage => {
					const scenario = file.slice(0, -'.json'.length);
					const source = `src/machines/messages/${locale}/practice/${file}`;
					const catalog = JSON.parse(readFileSync(join(root, source), 'utf8')) as { name?: unknown; situation?: unknown };
					if (typeof catalog.name !== 'string' || !catalog.name.trim() || catalog.name.includes('{{'))
						throw new Error(`${source} (locale "${locale}"): key "name" must be a text without placeholders: it is the page's title`);
					const situation = typeof catalog.situation === 'string' ? catalog.situation : '';
					const sentence = firstSentence(situation);
					return {
						path: `src/content/docs/${locale}/practice/${scenario}.mdx`,
						locale,
						scenario,
						title: catalog.name.trim(),
						description: sentence && !sentence.includes('{{') ? sentence : catalog.name.trim(),
					};
				});
		});
}

/** A page's text; `reviewed` is the date its content was last reviewed (YYYY-MM-DD). */
export function practicePageText(page: PracticePage, reviewed: string): string {
	return [
		'---',
		`title: ${yamlString(page.title)}`,
		`description: ${yamlString(page.description)}`,
		'covers: []',
		`reviewed: ${reviewed}`,
		'---',
		'',
		`{/* Written by \`npm run practice:pages\` from src/machines/messages/${page.locale}/practice/${page.scenario}.json: edit the catalog, then run it again. */}`,
		'',
		"import PracticeScenario from '~/components/PracticeScenario.astro';",
		'',
		`<PracticeScenario scenario="${page.scenario}" />`,
		'',
	].join('\n');
}

/** The `reviewed` date of an existing page, if it has one. */
export function reviewedDate(text: string): string | undefined {
	return /^reviewed:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(text)?.[1];
}
