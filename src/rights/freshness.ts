/**
 * Laws change: a fact read more than a year ago may no longer hold. The build warns (it does not fail)
 * for each fact of a jurisdiction in use whose source was checked that long ago, so a team knows what to
 * read again before trusting the rights page.
 */
import type { Locale } from '../locales';
import { jurisdictionFile, type Jurisdiction, type Source } from './schema';

/** Every sourced fact of a jurisdiction, by its path (e.g. "guarantee", "bodies.1", "distance.specific.0"). */
export function factSources(jurisdiction: Jurisdiction): { fact: string; source: Source }[] {
	const found: { fact: string; source: Source }[] = [];
	const walk = (value: unknown, path: string[]) => {
		if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, String(index)]));
		else if (value && typeof value === 'object')
			for (const [key, child] of Object.entries(value)) {
				if (key === 'source') found.push({ fact: path.join('.'), source: child as Source });
				else walk(child, [...path, key]);
			}
	};
	walk(jurisdiction, []);
	return found;
}

export interface StaleFact {
	jurisdiction: string;
	file: string;
	editions: Locale[];
	fact: string;
	checked: string;
}

/** The same day a year earlier, as YYYY-MM-DD (29 February falls back to the 28th). */
function aYearBefore(today: Date): string {
	const year = today.getUTCFullYear() - 1;
	const month = today.getUTCMonth();
	const day = Math.min(today.getUTCDate(), new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
	return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** Facts of the jurisdictions in use checked more than a year before `today`. */
export function staleFacts(inUse: Record<Locale, Jurisdiction>, today: Date): StaleFact[] {
	const limit = aYearBefore(today);
	const editionsOf = new Map<Jurisdiction, Locale[]>();
	for (const [locale, jurisdiction] of Object.entries(inUse) as [Locale, Jurisdiction][])
		editionsOf.set(jurisdiction, [...(editionsOf.get(jurisdiction) ?? []), locale]);
	return [...editionsOf].flatMap(([jurisdiction, editions]) =>
		factSources(jurisdiction)
			.filter(({ source }) => source.checked < limit)
			.map(({ fact, source }) => ({ jurisdiction: jurisdiction.id, file: jurisdictionFile(jurisdiction), editions, fact, checked: source.checked })),
	);
}

/** The build's warning for one stale fact. */
export function staleFactWarning(stale: StaleFact, today: Date): string {
	const day = today.toISOString().slice(0, 10);
	return (
		`customers' rights: jurisdiction "${stale.jurisdiction}" (editions ${stale.editions.join(', ')}; ${stale.file}): ` +
		`${stale.fact} was checked on ${stale.checked}, more than a year before this build (${day}); read its source again and update the fact and its date`
	);
}
