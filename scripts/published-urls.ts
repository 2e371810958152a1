/**
 * `npm run urls` (after `npm run build`): adds the addresses the build publishes to docs/published-urls.txt.
 * It never removes one: an address that disappears needs a redirect (src/stable-urls/redirects.ts), and
 * the stable-URL test says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { listFile, parseList, readPublishedSite, updatedList, urlProblems } from '../src/stable-urls/published.ts';
import { loadSettings } from './support/settings.ts';

const header = `# Every address the site has published, from its base (see src/stable-urls/published.ts).
# Trainers link these from courses and print them on paper: never delete a line. When a page moves or is
# removed, add a redirect in src/stable-urls/redirects.ts. \`npm run build && npm run urls\` adds new ones.
`;
const listed = parseList(readFileSync(listFile, 'utf8'));
const site = readPublishedSite('dist');
const list = updatedList(listed, site);
writeFileSync(listFile, `${header}${list.join('\n')}\n`);
console.log(`${listFile}: ${list.length - listed.length} added, ${list.length} in all`);
// A build of some editions (the `editions` setting) leaves out the others' addresses.
const { organisation } = await loadSettings();
for (const problem of urlProblems(list, site, organisation.editions)) console.log(`  ${problem}`);
