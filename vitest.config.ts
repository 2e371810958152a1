import { defineConfig } from 'vitest/config';
import { pagesAtOnce } from './test/support/concurrency.ts';

// Three projects: `unit` reads sources only and builds nothing; `install` runs this machine's npm on the
// lockfile (what `npm ci` prints); `browser` drives headless Chromium against the site variants of
// test/support/variants.ts, which `npm test` builds before it (its "build" stage, `npm run
// build:test-sites`). Its global setup serves them and launches the one Chromium the run shares.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000 } },
			{ test: { name: 'install', include: ['test/install/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
			{
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					globalSetup: ['test/browser/support/global-setup.ts'],
					// Tests that walk every page of an edition (offline, the header link) load some thirty pages; on a
					// two-core machine that also runs the build's other jobs, a minute is too close.
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// One file at a time: these machines have two cores, and files run pages in parallel themselves,
					// this many at once (tests in `describe.concurrent`; harness.ts's PagePool reads it too).
					fileParallelism: false,
					maxConcurrency: pagesAtOnce,
					// A poll waits for the page (a step after Back, a notice appearing): a second, vitest's default, is
					// too close on a busy two-core machine; a poll that is met returns at once.
					expect: { poll: { timeout: 10_000 } },
				},
			},
		],
	},
});
