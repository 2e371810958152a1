/**
 * The sidebar, in the order of a conversation: first the decision trees for "what now?" (and their
 * printable pocket card), then the steps (calm, listen, resolve, escalate, compensate, boundaries), then
 * background. Page labels come from each page's title; group labels are translated here.
 */
type Group = { label: string; translations: Record<string, string>; items: string[] };

export const sidebarGroups: Group[] = [
	{
		label: 'Mitä nyt teen?',
		translations: { hr: 'Što učiniti sada?', bg: 'Какво да направя сега?', ms: 'Apa yang perlu saya buat sekarang?' },
		items: ['decide', 'decide/listening', 'decide/resolving', 'decide/escalating', 'decide/compensating', 'decide/boundaries', 'pocket-card'],
	},
	{
		label: 'Vaihe vaiheelta',
		translations: { hr: 'Korak po korak', bg: 'Стъпка по стъпка', ms: 'Langkah demi langkah' },
		items: ['calm', 'listen', 'resolve', 'escalate', 'compensate', 'boundaries'],
	},
	{
		label: 'Lisää aiheesta',
		translations: { hr: 'Više o temi', bg: 'Още по темата', ms: 'Maklumat lanjut' },
		items: ['customer-types', 'never-do', 'online-shop', 'self-care', 'sources'],
	},
];

export const sidebar = [
	{ slug: 'index' },
	...sidebarGroups.map(({ label, translations, items }) => ({ label, translations, items: items.map((slug) => ({ slug })) })),
];

/** Every page every locale must have (file names under src/content/docs/<locale>/, without extension). */
export const pageSlugs = ['index', ...sidebarGroups.flatMap(({ items }) => items)];
