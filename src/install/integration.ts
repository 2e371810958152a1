/**
 * After the build (and before the service workers, which store them for offline use), writes each
 * edition's web app manifest and the app icons they name, so staff can install their edition on a phone.
 * Pages link their edition's manifest (src/seo/route-data.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { interfaceWords } from '../i18n/strings-file';
import type { Locale } from '../locales';
import { appIconFolder, appIcons, appleTouchIcon, manifestFile } from './app-files';
import { drawIcon } from './icons';
import { appColours, appManifest } from './manifest';

export function installableEditions(options: { editions: readonly Locale[]; logo?: string }): AstroIntegration {
	let base = '/';
	let publicDir = '';
	let i18nDir: URL;
	return {
		name: 'installable-editions',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
				publicDir = fileURLToPath(config.publicDir);
				i18nDir = new URL('content/i18n/', config.srcDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const source = join(publicDir, options.logo ?? 'favicon.svg');
				mkdirSync(join(outDir, appIconFolder), { recursive: true });
				for (const icon of [...appIcons, appleTouchIcon]) writeFileSync(join(outDir, appIconFolder, icon.file), await drawIcon(source, icon, appColours.background));
				for (const locale of options.editions) {
					const words = interfaceWords(i18nDir, locale, ['app.name', 'app.shortName', 'chooser.description']);
					const manifest = appManifest(locale, base, { name: words['app.name'], shortName: words['app.shortName'], description: words['chooser.description'] });
					const file = join(outDir, manifestFile(locale));
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
				}
				logger.info(`app manifests for ${options.editions.join(', ')}; icons from ${options.logo ? `public/${options.logo}` : 'public/favicon.svg'}`);
			},
		},
	};
}
