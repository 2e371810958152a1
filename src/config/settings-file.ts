/** The settings file in use: src/config/organisation.ts unless the ORGANISATION_SETTINGS variable names another. */
export const settingsFileVariable = 'ORGANISATION_SETTINGS';
export const defaultSettingsFile = 'src/config/organisation.ts';

/** The settings file as named (for messages) and its path; relative names are from the project folder. */
export function settingsFile(root: string, env: Record<string, string | undefined> = process.env): { file: string; path: string } {
	const file = env[settingsFileVariable] || defaultSettingsFile;
	return { file, path: file.startsWith('/') ? file : `${root.replace(/\/?$/, '/')}${file}` };
}
