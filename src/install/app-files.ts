/** The files that make an edition installable, as paths from the site's base. */
import type { Locale } from '../locales';

export interface AppIcon {
	/** File name in `appIconFolder`. */
	file: string;
	size: number;
	purpose: 'any' | 'maskable';
}

export const appIconFolder = 'app-icons/';

export const appIcons: AppIcon[] = [
	{ file: '192.png', size: 192, purpose: 'any' },
	{ file: '512.png', size: 512, purpose: 'any' },
	{ file: 'maskable-512.png', size: 512, purpose: 'maskable' },
];

/** iOS ignores the manifest's icons and reads `<link rel="apple-touch-icon">` instead. */
export const appleTouchIcon: AppIcon = { file: 'apple-touch-180.png', size: 180, purpose: 'any' };

/** Each edition's manifest sits in its folder, the app's scope. */
export const manifestFile = (locale: Locale) => `${locale}/manifest.webmanifest`;
