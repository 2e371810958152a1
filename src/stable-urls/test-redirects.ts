/**
 * Redirects only a test build adds (a JSON file of old → new addresses, named by the variable below),
 * so the build's own redirect step runs in a real build while src/stable-urls/redirects.ts is empty.
 * No team sets it; test/support/variants.ts does, for one test build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const testRedirectsVariable = 'STABLE_URLS_TEST_REDIRECTS';

export function testRedirects(root = process.cwd()): Record<string, string> {
	const file = process.env[testRedirectsVariable];
	if (!file) return {};
	try {
		return JSON.parse(readFileSync(resolve(root, file), 'utf8')) as Record<string, string>;
	} catch (error) {
		throw new Error(`${testRedirectsVariable}=${file}: ${(error as Error).message}`);
	}
}
