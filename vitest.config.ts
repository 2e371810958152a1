import { defineConfig } from 'vitest/config';

// Two projects: `unit` reads sources only; `browser` drives headless Chromium against the built site
// (run `npm run build` first; its global setup also builds the /kb/ subfolder variant).
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000 } },
			{
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					globalSetup: ['test/browser/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					// One Chromium at a time: these machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
