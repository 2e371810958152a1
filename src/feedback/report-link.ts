/**
 * The "report a problem with this page" link (the `feedback` setting), built at build time so it works
 * without JavaScript: an e-mail with the subject and text filled in, or the team's own form with the
 * page in its query (`page`: the page's address, `title`, `edition`: the language code, e.g. "fi").
 */

export interface ReportedPage {
	title: string;
	/** The edition's language code, e.g. "fi". */
	edition: string;
	/** The page's full public address (its canonical URL). */
	address: string;
}

export interface ReportWords {
	/** The e-mail's subject and text, their placeholders already filled in. */
	subject: string;
	body: string;
}

/** Whether the setting names an e-mail address rather than a form. */
export const isMailAddress = (feedback: string) => !/^https:\/\//i.test(feedback);

/** RFC 6068: every character outside the unreserved set percent-encoded, line breaks as CR LF. */
const mailtoField = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export function reportHref(feedback: string, page: ReportedPage, words: ReportWords): string {
	if (isMailAddress(feedback)) return `mailto:${feedback}?subject=${mailtoField(words.subject)}&body=${mailtoField(words.body)}`;
	const form = new URL(feedback);
	form.searchParams.set('page', page.address);
	form.searchParams.set('title', page.title);
	form.searchParams.set('edition', page.edition);
	return form.href;
}
