/**
 * When each page's content last changed, from git: the date of the newest commit (or uncommitted edit)
 * that changed more than its `reviewed:` and `keywords:` lines, so recording a review does not count as a
 * change, nor does an edition's own search words (they are not translated, so no other edition follows).
 */
import { execFileSync } from 'node:child_process';

const docsFolder = 'src/content/docs/';

/** Changed lines of a unified diff (without context), by file under src/content/docs/. */
function changedLinesByFile(diff: string): Map<string, string[]> {
	const files = new Map<string, string[]>();
	let current: string[] | undefined;
	for (const line of diff.split('\n')) {
		if (line.startsWith('diff --git ')) current = undefined;
		else if (line.startsWith('+++ ') || line.startsWith('--- ')) {
			const path = line.slice(4).replace(/^[ab]\//, '');
			if (path.startsWith(docsFolder)) files.set(path.slice(docsFolder.length), (current = files.get(path.slice(docsFolder.length)) ?? []));
		} else if (current && /^[+-]/.test(line)) current.push(line.slice(1));
	}
	return files;
}

const onlyReviewDate = (lines: string[]) => lines.every((line) => /^(reviewed|keywords):/.test(line.trim()) || !line.trim());

/** Path under src/content/docs/ ("fi/calm.mdx") → YYYY-MM-DD of its last change; `today` for uncommitted edits. */
export function lastContentChanges(root: string, today: string): Map<string, string> {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	const changed = new Map<string, string>();
	const record = (diff: string, date: string) => {
		for (const [file, lines] of changedLinesByFile(diff)) if (!changed.has(file) && !onlyReviewDate(lines)) changed.set(file, date);
	};
	record(git('diff', 'HEAD', '--no-renames', '--unified=0', '--', docsFolder), today);
	// Newest first; each commit starts with a line holding a NUL and its committer date.
	for (const commit of git('log', '--no-renames', '--unified=0', '--format=%x00%cs', '-p', '--', docsFolder).split('\0').slice(1)) {
		const newline = commit.indexOf('\n');
		record(commit.slice(newline + 1), commit.slice(0, newline).trim());
	}
	return changed;
}
