/**
 * The incident note's fields, in the order a worker writes them down right after an incident (when, where,
 * what happened, the exact words, the person, what was done, who saw it, injuries or damage, whom they
 * told), with the lines each gets on paper. Labels are the interface strings `incidentNote.<field>`.
 */
export const incidentFields = [
	{ field: 'when', lines: 2 },
	{ field: 'where', lines: 2 },
	{ field: 'what', lines: 6 },
	{ field: 'words', lines: 4 },
	{ field: 'person', lines: 3 },
	{ field: 'actions', lines: 4 },
	{ field: 'witnesses', lines: 3 },
	{ field: 'harm', lines: 3 },
	{ field: 'told', lines: 2 },
] as const;

export type IncidentField = (typeof incidentFields)[number]['field'];

/** The text file the note is saved as: its heading, when it was written, then each label and what was typed. */
export function incidentNoteText(heading: string, writtenAt: string, entries: Array<{ label: string; value: string }>): string {
	const body = entries.map(({ label, value }) => `${label}\n${value.trim() || '—'}`).join('\n\n');
	return `${heading}\n${writtenAt}\n\n${body}\n`;
}

/** The file name: the edition's own word, then the date, e.g. `muistiinpano-tapahtumasta-2026-12-01.txt`. */
export function incidentNoteFileName(base: string, date: Date): string {
	const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
	return `${base}-${day}.txt`;
}
