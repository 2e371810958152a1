/**
 * The words of the practice scenarios: one JSON catalog per scenario per language,
 * `messages/<locale>/practice/<scenario>.json`, keyed by state and reply id (README "Catalogs"):
 *   { "name": "…", "situation": "…",
 *     "steps": { "<turn>": { "scene"?: "…", "says": "…", "replies": { "<reply>": "…" } },
 *                "<turn>--<reply>[--<variant>]": { "why": "…", "lesson": "…" },
 *                "<ending>": { "title": "…", "text": "…" } } }
 * Checked by ./validate.ts before anything reads them; placeholders are the trees' (../catalog.ts).
 */
export interface TurnMessages {
	scene?: string;
	says: string;
	replies: Record<string, string>;
}
export interface FeedbackMessages {
	why: string;
	lesson: string;
}
export interface PracticeEndingMessages {
	title: string;
	text: string;
}
export interface PracticeCatalog {
	name: string;
	situation: string;
	steps: Record<string, TurnMessages | FeedbackMessages | PracticeEndingMessages>;
}

/** Raw practice catalogs as stored, by locale and scenario. */
export type RawPracticeCatalogs = Partial<Record<string, Partial<Record<string, unknown>>>>;

export function practiceCatalogFile(locale: string, scenario: string): string {
	return `src/machines/messages/${locale}/practice/${scenario}.json`;
}

const files = import.meta.glob<unknown>('../messages/*/practice/*.json', { eager: true, import: 'default' });

/** Every practice catalog file, by locale and scenario, exactly as stored. */
export const rawPracticeCatalogs: RawPracticeCatalogs = {};
for (const [path, content] of Object.entries(files)) {
	const [, locale, scenario] = /^\.\.\/messages\/([^/]+)\/practice\/([^/]+)\.json$/.exec(path)!;
	(rawPracticeCatalogs[locale!] ??= {})[scenario!] = content;
}

/**
 * Placeholders that have no value when staff may not give that remedy: a scenario may use them only in
 * the feedback for the case where staff may (`--allowed`), never in a turn, a reply, an ending or the title.
 */
export const limitPlaceholders = ['refundLimit', 'discountLimit', 'voucherLimit'] as const;
