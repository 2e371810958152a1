import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { root } from '../support/paths';

/**
 * The npm scripts run TypeScript with Node itself (`node scripts/….ts`), which resolves no missing file
 * extension the way Vite does for the tests: a module they reach through `import './x'` works under
 * vitest and fails under `npm run bench`. Every relative import that stays in the code Node runs (all
 * but `import type` and `export type`, which Node strips) must name an existing file with its extension.
 */
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };
const entries = Object.values(pkg.scripts).flatMap((script) => [...script.matchAll(/\bnode (\S+\.(?:ts|mjs|js))\b/g)].map((match) => resolve(root, match[1]!)));

/** The relative modules a file loads when Node runs it. */
function runtimeImports(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
	const specifiers: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
		else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
		else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) specifiers.push(node.arguments[0].text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return specifiers.filter((specifier) => specifier.startsWith('.'));
}

test('every module the npm scripts run with Node is imported by its file name, extension included', () => {
	expect(entries.length, 'npm scripts run with `node <file>`').toBeGreaterThanOrEqual(8);
	const seen = new Set<string>();
	const queue = [...entries];
	const problems: string[] = [];
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const specifier of runtimeImports(file)) {
			const target = resolve(dirname(file), specifier);
			if (!/\.(ts|mjs|js|json)$/.test(specifier) || !existsSync(target)) problems.push(`${relative(root, file)}: import '${specifier}'`);
			else if (!target.endsWith('.json')) queue.push(target);
		}
	}
	expect(seen.size, 'modules reached').toBeGreaterThan(entries.length);
	expect(problems).toEqual([]);
});
