import { existsSync, readdirSync } from 'node:fs';
import { scenarioIds } from './machines/practice/index.ts';

/**
 * The sidebar, in the order of a conversation: first the decision trees for "what now?" (danger first:
 * the safety tree and the safety page right after the start, the incident note and the printable pocket
 * card last), then the steps (calm, listen, resolve, escalate, compensate, boundaries), then
 * background, and last the practice scenarios (their index, then each scenario). Page labels come from each page's title; group labels are translated here.
 */
type Group = { label: string; translations: Record<string, string>; items: string[] };

/**
 * The practice scenarios that have pages (`npm run practice:pages` writes one per catalog), in the
 * index's order. A scenario is listed once any edition has its page; the locale-parity test then names
 * the editions that lack it.
 */
function practicePages(): string[] {
	const docs = new URL('./content/docs/', import.meta.url);
	const written = new Set(
		readdirSync(docs).flatMap((locale) => {
			const folder = new URL(`${locale}/practice/`, docs);
			return existsSync(folder) ? readdirSync(folder).map((file) => file.replace(/\.mdx$/, '')) : [];
		}),
	);
	return scenarioIds.filter((id) => written.has(id)).map((id) => `practice/${id}`);
}

export const sidebarGroups: Group[] = [
	{
		label: 'Mitä nyt teen?',
		translations: { hr: 'Što učiniti sada?', bg: 'Какво да направя сега?', ms: 'Apa yang perlu saya buat sekarang?' },
		items: [
			'decide',
			'decide/safety',
			'safety',
			'decide/listening',
			'decide/resolving',
			'decide/escalating',
			'decide/compensating',
			'decide/boundaries',
			'incident-note',
			'pocket-card',
		],
	},
	{
		label: 'Vaihe vaiheelta',
		translations: { hr: 'Korak po korak', bg: 'Стъпка по стъпка', ms: 'Langkah demi langkah' },
		items: ['calm', 'listen', 'resolve', 'escalate', 'compensate', 'boundaries'],
	},
	{
		label: 'Lisää aiheesta',
		translations: { hr: 'Više o temi', bg: 'Още по темата', ms: 'Maklumat lanjut' },
		items: ['customer-types', 'another-approach', 'rights', 'never-do', 'online-shop', 'self-care', 'sources'],
	},
	{
		label: 'Harjoittele',
		translations: { hr: 'Vježbe', bg: 'Упражнения', ms: 'Latihan' },
		items: ['practice', ...practicePages()],
	},
];

export const sidebar = [
	{ slug: 'index' },
	...sidebarGroups.map(({ label, translations, items }) => ({ label, translations, items: items.map((slug) => ({ slug })) })),
];

/** Every page every locale must have (file names under src/content/docs/<locale>/, without extension). */
export const pageSlugs = ['index', ...sidebarGroups.flatMap(({ items }) => items)];
