import type { Analyser } from '../analyser.ts';
import type { Locale } from '../../locales.ts';

/**
 * Each language's analyser is its own module, so the search box loads only the one of its page
 * (the Croatian stemmer alone is larger than the other three together).
 */
const loaders: Record<Locale, () => Promise<{ analyser: Analyser }>> = {
	fi: () => import('./fi.ts'),
	hr: () => import('./hr.ts'),
	bg: () => import('./bg.ts'),
	ms: () => import('./ms.ts'),
};

export async function loadAnalyser(locale: Locale): Promise<Analyser> {
	return (await loaders[locale]()).analyser;
}
