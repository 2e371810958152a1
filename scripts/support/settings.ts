/**
 * The organisation settings for a script, read as the build reads them (src/config/integration.ts):
 * src/config/organisation.ts, or the file ORGANISATION_SETTINGS names. Vite's module runner loads the file,
 * since settings files are TypeScript that import the schema without file extensions.
 */
import { existsSync } from 'node:fs';
import { runnerImport } from 'vite';
import type { Organisation } from '../../src/config/schema.ts';
import { settingsFile, settingsFileVariable } from '../../src/config/settings-file.ts';

export async function loadSettings(root = process.cwd()): Promise<{ file: string; organisation: Organisation }> {
	const { file, path } = settingsFile(root);
	if (!existsSync(path)) throw new Error(`${settingsFileVariable}=${file}: no such file (organisation settings)`);
	const { module } = await runnerImport<{ default: Organisation }>(path, { configFile: false, logLevel: 'silent' });
	return { file, organisation: module.default };
}
