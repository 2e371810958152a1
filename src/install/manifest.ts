/**
 * Each edition's web app manifest (<base><locale>/manifest.webmanifest): "Add to home screen" installs that
 * edition, in its language, opening its home page full screen; its service worker keeps it working offline.
 */
import { type Locale, locales } from '../locales';
import { appIconFolder, appIcons } from './app-files';

/** The app's colours: the site's accent (its icon's blue) for the system bars, white behind the splash icon. */
export const appColours = { theme: '#1d4ed8', background: '#ffffff' } as const;

/** The edition's words for its app (i18n keys `app.name`, `app.shortName` and `chooser.description`). */
export interface AppWords {
	name: string;
	shortName: string;
	description: string;
}

export function appManifest(locale: Locale, base: string, words: AppWords) {
	const home = `${base}${locale}/`;
	return {
		id: home,
		name: words.name,
		short_name: words.shortName,
		description: words.description,
		lang: locales[locale].lang,
		dir: 'ltr',
		start_url: home,
		scope: home,
		display: 'standalone',
		theme_color: appColours.theme,
		background_color: appColours.background,
		icons: appIcons.map(({ file, size, purpose }) => ({ src: `${base}${appIconFolder}${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose })),
	};
}
