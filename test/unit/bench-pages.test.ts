import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generatedPage } from '../../scripts/bench/projects';
import { frontmatterProblems } from '../support/frontmatter';
import { tmpDir } from '../support/paths';

// The benchmark builds the site with generated pages added (build time as content grows): a required
// frontmatter key the generator lacks stops that build, and `npm run bench` with it.
test('the benchmark\'s generated pages have the frontmatter the docs collection requires', () => {
	const dir = mkdtempSync(`${tmpDir}bench-page-`);
	try {
		const file = `${dir}/page-1.md`;
		writeFileSync(file, generatedPage(['sana', 'toinen', 'kolmas', 'asiakas'], 1));
		expect(frontmatterProblems(file, 'generated/page-1.md', 'fi')).toEqual([]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
