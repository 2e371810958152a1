// `npm run bench`: a benchmark, not a test. Builds this site and a bare Starlight site with the same
// pages, prints a table of build time, page weight, Pagefind index size, Lighthouse scores and build-time
// growth against the targets of issue 7, and writes the figures to bench-results/latest.json.
// `npm run bench -- --help` lists the options. Runs on the project's Node 24 (TypeScript modules).
import { run } from './bench/run.ts';

await run(process.argv.slice(2));
