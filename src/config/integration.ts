/**
 * Loads the organisation settings when the build starts, so a mistake stops it at once with the setting
 * named, and lets a team keep its settings in a file of its own: `ORGANISATION_SETTINGS=path/to/file.ts`
 * makes every `import … from '…/config/organisation'` read that file instead of src/config/organisation.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { staleFacts, staleFactWarning } from '../rights/freshness';
import type { Organisation } from './schema';
import { defaultSettingsFile, settingsFile, settingsFileVariable } from './settings-file';

/** Problems the schema cannot see: files the settings point to. Each names the setting and the file. */
export function settingsFileProblems(organisation: Organisation, publicDir: string, file: string): string[] {
	const problems: string[] = [];
	if (organisation.logo && !existsSync(resolve(publicDir, organisation.logo)))
		problems.push(`  ${file}: logo: public/${organisation.logo} does not exist; put the logo there or remove the setting`);
	return problems;
}

/** One warning per fact of the jurisdictions in use that was checked more than a year before `today`. */
export function staleRightsWarnings(organisation: Organisation, today: Date): string[] {
	// Only the built editions' law is in use; an edition left out of the build has no rights page.
	const inUse = Object.fromEntries(organisation.editions.map((edition) => [edition, organisation.jurisdiction[edition]])) as Organisation['jurisdiction'];
	return staleFacts(inUse, today).map((stale) => staleFactWarning(stale, today));
}

/** Points imports of the default settings module at the team's file. */
function redirectSettings(defaultPath: string, chosenPath: string): Plugin {
	return {
		name: 'organisation-settings',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!/organisation(\.ts)?$/.test(source) || importer === chosenPath) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === defaultPath ? chosenPath : null;
		},
	};
}

/**
 * Loads and checks the settings file while astro.config.mjs loads (so TypeScript settings files work and
 * a mistake stops the build before anything is rendered); paths are relative to the project folder.
 */
export async function organisationSettings(root = process.cwd()): Promise<AstroIntegration & { organisation: Organisation }> {
	const chosen = process.env[settingsFileVariable];
	const { file, path } = settingsFile(root);
	if (!existsSync(path)) throw new Error(`${settingsFileVariable}=${file}: no such file (organisation settings)`);
	// Throws the schema's message, naming each wrong setting.
	const { default: organisation } = (await import(/* @vite-ignore */ path)) as { default: Organisation };
	return {
		name: 'organisation-settings',
		organisation,
		hooks: {
			'astro:config:setup': ({ config, updateConfig, addWatchFile, logger }) => {
				const problems = settingsFileProblems(organisation, fileURLToPath(config.publicDir), file);
				if (problems.length) throw new Error(`Invalid organisation settings:\n${problems.join('\n')}`);
				// Old legal facts do not stop the build, but the team should read their sources again.
				for (const warning of staleRightsWarnings(organisation, new Date())) logger.warn(warning);
				addWatchFile(path);
				if (chosen) {
					logger.info(`organisation settings from ${file}`);
					updateConfig({ vite: { plugins: [redirectSettings(resolve(root, defaultSettingsFile), path)] } });
				}
			},
		},
	};
}
