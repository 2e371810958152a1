/**
 * The incident note in the browser: print it, or save it as a text file built here (a Blob, downloaded
 * through a link; nothing leaves the device). Nothing typed is kept anywhere but in the form: no storage,
 * no cookie, no request. While any field holds text, leaving the page asks first (beforeunload). Each
 * field's text is mirrored into a print copy, since a printed textarea cuts off what does not fit.
 */
import { incidentNoteFileName, incidentNoteText } from './fields';

function enhance(root: HTMLElement): void {
	const fields = [...root.querySelectorAll<HTMLTextAreaElement>('textarea[data-field]')];
	const copies = new Map(fields.map((field) => [field, root.querySelector<HTMLElement>(`[data-copy="${field.dataset.field}"]`)!]));
	const status = root.querySelector<HTMLElement>('[data-incident-status]')!;
	const askBeforeLeaving = (event: BeforeUnloadEvent) => {
		event.preventDefault();
		// Older browsers ask only when returnValue is set.
		event.returnValue = '';
	};
	let asking = false;
	const update = () => {
		for (const [field, copy] of copies) copy.textContent = field.value;
		const hasText = fields.some((field) => field.value.trim() !== '');
		if (hasText && !asking) window.addEventListener('beforeunload', askBeforeLeaving);
		if (!hasText && asking) window.removeEventListener('beforeunload', askBeforeLeaving);
		asking = hasText;
	};
	root.addEventListener('input', update);
	// The browser may bring back text it kept for the page (Back/Forward): the copies and the question follow it.
	window.addEventListener('pageshow', update);
	update();

	root.querySelector('[data-incident-print]')!.addEventListener('click', () => window.print());
	root.querySelector('[data-incident-save]')!.addEventListener('click', () => {
		const now = new Date();
		const lang = document.documentElement.lang || undefined;
		const text = incidentNoteText(
			root.dataset.heading!,
			`${root.dataset.writtenAt}: ${now.toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' })}`,
			fields.map((field) => ({ label: root.querySelector(`label[for="${field.id}"]`)!.textContent!.trim(), value: field.value })),
		);
		const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = incidentNoteFileName(root.dataset.fileName!, now);
		link.hidden = true;
		root.append(link);
		link.click();
		link.remove();
		// Give the download a moment to start before the address stops working.
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		status.textContent = root.dataset.saved!;
	});
	root.querySelector<HTMLElement>('[data-incident-actions]')!.hidden = false;
	root.dataset.enhanced = '';
}

export function enhanceIncidentNotes(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-incident-note]')) enhance(root);
}
