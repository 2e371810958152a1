import { readFileSync } from 'node:fs';
import type { Locale } from '../../src/locales';
import { root } from './paths';

/** What a query exercises: the kinds of word form the issue names. */
export const queryKinds = ['inflection', 'affix', 'diacritics', 'synonym'] as const;
export type QueryKind = (typeof queryKinds)[number];

export interface SearchQuery {
	/** As a member of staff would type it. */
	query: string;
	/** The page it must find, relative to the edition's root: `./`, `calm/`, or a tree step `decide/compensating/#compensating/give-voucher`. */
	finds: string;
	covers: QueryKind[];
}

export const queriesFile = (locale: Locale) => `test/search-queries/${locale}.json`;

export function searchQueries(locale: Locale): SearchQuery[] {
	return JSON.parse(readFileSync(`${root}${queriesFile(locale)}`, 'utf8'));
}

/** The path (and fragment, for a step) the query must find, from the site's root. */
export function expectedPath(locale: Locale, finds: string): string {
	return `/${locale}/${finds.replace(/^\.\//, '')}`;
}
