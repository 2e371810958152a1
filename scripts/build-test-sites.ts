/**
 * `npm run build:test-sites [name…]`: the "build" stage of `npm test`. Builds every site variant the
 * browser tests run against (test/support/variants.ts), each once, in the environment of a team's
 * `npm run build`; given names, only those. The browser tests then serve these folders and build nothing.
 */
import { rmSync } from 'node:fs';
import { buildSite } from '../test/support/build.ts';
import { root } from '../test/support/paths.ts';
import { buildCommand, type SiteVariant, variantNamed, variants } from '../test/support/variants.ts';

async function build(variant: SiteVariant): Promise<boolean> {
	const started = performance.now();
	rmSync(variant.hostDir, { recursive: true, force: true });
	const { code, output } = await buildSite(variant.outDir, { args: variant.args, env: variant.env });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (code !== 0) {
		console.error(`${output}\nsite variant "${variant.name}" failed to build (exit code ${code}) after ${seconds} s; rebuild it alone with \`${buildCommand(variant.name)}\``);
		return false;
	}
	const pages = /(\d+) page\(s\) built/.exec(output)?.[1] ?? '?';
	console.log(`site variant "${variant.name}" (${variant.summary}): ${pages} pages in ${variant.outDir.slice(root.length)}, ${seconds} s`);
	return true;
}

const chosen = process.argv.slice(2);
for (const variant of chosen.length ? chosen.map(variantNamed) : variants) {
	if (!(await build(variant))) {
		process.exitCode = 1;
		break;
	}
}
