import { fileURLToPath } from 'node:url';

/** The repository root, as a path with a trailing slash. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = `${root}dist/`;
export const docsDir = `${root}src/content/docs/`;
export const i18nDir = `${root}src/content/i18n/`;
/** Scratch space for test builds; git-ignored. */
export const tmpDir = `${root}tmp/`;
