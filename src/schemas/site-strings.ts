import { z } from 'astro/zod';

/**
 * Interface strings the site adds to Starlight's own. Every key is required in every locale
 * (test/unit/i18n-strings.test.ts), so a missing translation fails naming key and locale.
 */
export const siteStringsSchema = z.object({
	/** Heading of the root language chooser, in the locale's own language. */
	'chooser.heading': z.string(),
	/** One-line description of the site on the chooser, in the locale's own language. */
	'chooser.description': z.string(),
	/** "Page not found" (src/pages/404.astro), shown in every language at once: its heading, */
	'notFound.title': z.string(),
	/** what may have happened and what to do, */
	'notFound.text': z.string(),
	/** and the link to the edition's home page. */
	'notFound.home': z.string(),
	/** Label of a box of words staff can say as they are. */
	'guidance.say': z.string(),
	/** Label of a box of words to avoid. */
	'guidance.avoid': z.string(),
	/** Label of a short example situation; followed by where it happens. */
	'guidance.scenario': z.string(),
	/** Where a scenario happens. */
	'scenario.counter': z.string(),
	'scenario.phone': z.string(),
	'scenario.email': z.string(),
	'scenario.online': z.string(),
	/** Remedy names in the table of what staff may give. */
	'policy.remedy.replacement': z.string(),
	'policy.remedy.freeDelivery': z.string(),
	'policy.remedy.refund': z.string(),
	'policy.remedy.discount': z.string(),
	'policy.remedy.voucher': z.string(),
	/** Column headings of that table. */
	'policy.remedyHeader': z.string(),
	'policy.decisionHeader': z.string(),
	/** Staff may give this remedy on their own (no limit). */
	'policy.staffMayGive': z.string(),
	/** Staff may give this remedy on their own up to {{limit}}; above it they ask {{role}}. */
	'policy.staffMayGiveUpTo': z.string(),
	/** Staff must ask {{role}} first. */
	'policy.askFirst': z.string(),
	/** Shown in the search dialog when the search cannot load (e.g. offline before it was ever used). */
	'search.unavailable': z.string(),
	/** Offline use: a new version of the site is installed and waiting (src/components/Banner.astro). */
	'offline.updateReady': z.string(),
	/** Button that switches to the new version and reloads the page. */
	'offline.update': z.string(),
	/** Button that hides the notice and keeps the current version for now. */
	'offline.later': z.string(),
	/** Decision trees (src/components/DecisionTree.astro): the controls shown once JavaScript runs. */
	'tree.back': z.string(),
	'tree.startOver': z.string(),
	/** Accessible name of the list of answers given so far. */
	'tree.trail': z.string(),
	/** Before an ending's links to the guidance pages that explain why. */
	'tree.why': z.string(),
	/** Before an ending's link to the tree to continue with. */
	'tree.next': z.string(),
	/** Labels of an ending's "who to call in" box (values from the organisation settings). */
	'tree.contactRole': z.string(),
	'tree.contactHow': z.string(),
	/** In the printed outline and without JavaScript: where an answer leads, "step {{number}}". */
	'tree.goesTo': z.string(),
	/** Without JavaScript: a link to the step itself, to copy and share (a step's deep link). */
	'tree.stepLink': z.string(),
	/** Button that copies the full address of the step on screen, to share it. */
	'tree.copyLink': z.string(),
	/** Announced once the step's address is copied. */
	'tree.linkCopied': z.string(),
	/** Announced when the browser does not let the page copy; the address bar then shows the step's address. */
	'tree.copyFailed': z.string(),
	/** Opens the drawing of the whole tree (src/machines/diagram.ts). */
	'tree.diagram': z.string(),
	/** The diagram's description for screen readers. */
	'tree.diagramDescription': z.string(),
	/** Pocket card page (src/components/PocketCard.astro): how to use it. */
	'pocketCard.intro': z.string(),
	/** Pocket card: heading of the "who to call" line (values from the organisation settings). */
	'pocketCard.help': z.string(),
	/** Pocket card: heading of the list of trees with their QR codes. */
	'pocketCard.trees': z.string(),
	/** Title of the page left at an old address that forwards to the new one (src/stable-urls/redirect-pages.ts). */
	'redirect.title': z.string(),
	/** Before the link to the new address, for when the page does not open by itself. */
	'redirect.link': z.string(),
});
