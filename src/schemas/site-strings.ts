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
	/** The serving-channel chooser (src/components/ChannelChooser.astro): its question, */
	'channel.legend': z.string(),
	/** each channel, also the label of a line to say in that channel only (src/components/Line.astro), */
	'channel.counter': z.string(),
	'channel.phone': z.string(),
	'channel.written': z.string(),
	/** the option that shows every variant, */
	'channel.all': z.string(),
	/** and what is announced once a choice is made. */
	'channel.shown.counter': z.string(),
	'channel.shown.phone': z.string(),
	'channel.shown.written': z.string(),
	'channel.shown.all': z.string(),
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
	/** Shown in the search dialog under a query with no results, before links to the entry tree and the safety tree. */
	'search.noResultsOffer': z.string(),
	/** Shown in the search dialog under `npm run dev`, where there is no index: {{command}} builds and serves the site. */
	'search.devServer': z.string(),
	/** An installed edition's app (src/install/): its name, and the shorter one under its home-screen icon. */
	'app.name': z.string(),
	'app.shortName': z.string(),
	/** At the foot of every page: "Content reviewed {{date}}" (the frontmatter's `reviewed`, in the language's date format). */
	'review.reviewed': z.string(),
	/** At the foot of every page when the `feedback` setting is set: the link that reports a problem with the page. */
	'feedback.link': z.string(),
	/** The subject of that e-mail: {{title}} is the page's title. */
	'feedback.subject': z.string(),
	/** The e-mail's prefilled text: the page's {{title}}, the {{edition}} (its language) and its {{address}}, then a question. */
	'feedback.body': z.string(),
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
	/** The practice scenarios (src/components/PracticeScenario.astro, PracticeIndex.astro, PracticeLinks.astro). */
	'practice.situation': z.string(),
	'practice.turn': z.string(),
	'practice.customer': z.string(),
	'practice.chooseReply': z.string(),
	'practice.quality.good': z.string(),
	'practice.quality.mixed': z.string(),
	'practice.quality.poor': z.string(),
	'practice.youChose': z.string(),
	'practice.continue': z.string(),
	'practice.goesTo': z.string(),
	'practice.readMore': z.string(),
	'practice.summary': z.string(),
	'practice.wentWell': z.string(),
	'practice.tryInstead': z.string(),
	'practice.better': z.string(),
	'practice.pages': z.string(),
	'practice.print': z.string(),
	'practice.answerKey': z.string(),
	'practice.trail': z.string(),
	'practice.diagram': z.string(),
	'practice.diagramDescription': z.string(),
	'practice.byTopic': z.string(),
	'practice.byChannel': z.string(),
	'practice.rehearse': z.string(),
	'practice.topic.calm': z.string(),
	'practice.topic.listening': z.string(),
	'practice.topic.resolving': z.string(),
	'practice.topic.escalating': z.string(),
	'practice.topic.compensating': z.string(),
	'practice.topic.boundaries': z.string(),
	'practice.topic.safety': z.string(),
	/** Pocket card page (src/components/PocketCard.astro): how to use it. */
	'pocketCard.intro': z.string(),
	/** Pocket card: heading of the "who to call" line (values from the organisation settings). */
	'pocketCard.help': z.string(),
	/** Pocket card: heading of the list of trees with their QR codes. */
	'pocketCard.trees': z.string(),
	/** Pocket card: heading of the safety card (emergency number, alarm, reporting route, who to call). */
	'pocketCard.safety': z.string(),
	/**
	 * The link to the safety tree in every page's header (src/components/SafetyLink.astro): short, it fits a
	 * phone's header, and it is the link's whole accessible name.
	 */
	'safety.headerLink': z.string(),
	/** Labels of the safety facts from the organisation settings (src/components/safety/SafetyBox.astro). */
	'safety.emergencyNumber': z.string(),
	'safety.alarm': z.string(),
	'safety.reportingRoute': z.string(),
	'safety.supportService': z.string(),
	'safety.crisisLine': z.string(),
	/** Shown where a page asks for optional safety facts the organisation has not set for the edition. */
	'safety.notSet': z.string(),
	/** The incident note (src/components/IncidentNote.astro): the form's name, also the saved file's heading. */
	'incidentNote.formLabel': z.string(),
	/** The fields' labels, in the order they are written down. */
	'incidentNote.when': z.string(),
	'incidentNote.where': z.string(),
	'incidentNote.what': z.string(),
	'incidentNote.words': z.string(),
	'incidentNote.person': z.string(),
	'incidentNote.actions': z.string(),
	'incidentNote.witnesses': z.string(),
	'incidentNote.harm': z.string(),
	'incidentNote.told': z.string(),
	/** That nothing typed is stored or sent. */
	'incidentNote.privacy': z.string(),
	/** Buttons (with JavaScript): print the note, save it as a text file. */
	'incidentNote.print': z.string(),
	'incidentNote.save': z.string(),
	/** Announced once the text file is saved. */
	'incidentNote.saved': z.string(),
	/** The saved file's name without date and extension: lower-case words joined by hyphens ("muistiinpano-tapahtumasta"). */
	'incidentNote.fileName': z.string().regex(/^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u, 'must be lower-case words joined by hyphens, no spaces'),
	/** Before the date and time the note was saved, in the text file. */
	'incidentNote.writtenAt': z.string(),
	/** Without JavaScript: how to print the blank form. */
	'incidentNote.noScript': z.string(),
	/** Sources page (src/components/GuidanceSources.astro): before the date a source was checked. */
	'sources.checked': z.string(),
	/** Customers' rights (src/components/rights/): caption of a box of legal facts, with the country, */
	'rights.factsHeading': z.string(),
	/** Caption of the list of outside bodies, with the country, */
	'rights.bodiesHeading': z.string(),
	/** The country and the day its facts were checked, */
	'rights.checked': z.string(),
	/** The link to a fact's source, and the law it is in, */
	'rights.source': z.string(),
	'rights.law': z.string(),
	/** What a fact not confirmed for the jurisdiction shows, */
	'rights.notConfirmed': z.string(),
	/** Labels of the facts, */
	'rights.fact.guarantee': z.string(),
	'rights.fact.commercialGuarantee': z.string(),
	'rights.fact.remedies': z.string(),
	'rights.fact.distance': z.string(),
	'rights.fact.complaintAnswer': z.string(),
	'rights.fact.complaintRecord': z.string(),
	/** The legal guarantee: a length that is a minimum, */
	'rights.guarantee.atLeast': z.string(),
	/** After the length: from when it runs, */
	'rights.guarantee.fromDelivery': z.string(),
	/** No length in law, */
	'rights.guarantee.noFixedPeriod': z.string(),
	/** Guarantees implied in every sale, then each of them, */
	'rights.guarantee.implied': z.string(),
	'rights.implied.title': z.string(),
	'rights.implied.acceptableQuality': z.string(),
	'rights.implied.fitnessForPurpose': z.string(),
	'rights.implied.matchesDescription': z.string(),
	'rights.implied.matchesSample': z.string(),
	'rights.implied.reasonablePrice': z.string(),
	'rights.implied.repairsAndSpareParts': z.string(),
	/** Remedies for a fault, */
	'rights.remedy.repair': z.string(),
	'rights.remedy.replacement': z.string(),
	'rights.remedy.priceReduction': z.string(),
	'rights.remedy.termination': z.string(),
	'rights.remedy.refund': z.string(),
	'rights.remedy.cureTitleDefect': z.string(),
	'rights.remedy.damages': z.string(),
	'rights.remedy.withholdPayment': z.string(),
	/** Their order: the first step, each later one, who chooses, and what else the customer may have, */
	'rights.remedies.first': z.string(),
	'rights.remedies.then': z.string(),
	'rights.remedies.chosenBy.consumer': z.string(),
	'rights.remedies.chosenBy.seller': z.string(),
	'rights.remedies.also': z.string(),
	/** A shop's own guarantee, */
	'rights.commercial.cannotLimit': z.string(),
	/** Online and phone purchases: the general right to withdraw, from when it runs, exclusions, */
	'rights.distance.general': z.string(),
	'rights.distance.from.goodsReceived': z.string(),
	'rights.distance.from.contractConcluded': z.string(),
	'rights.distance.someExcluded': z.string(),
	/** No general right in law, or none confirmed, */
	'rights.distance.noneInLaw': z.string(),
	'rights.distance.noGeneral': z.string(),
	/** Narrower rules, by what they cover, */
	'rights.distance.specific.directSalesContracts': z.string(),
	'rights.distance.specific.distanceAndOffPremises': z.string(),
	/** How a written complaint is answered, */
	'rights.complaint.within': z.string(),
	'rights.complaint.inWriting': z.string(),
	'rights.complaint.noneInLaw': z.string(),
	/** Whether complaints are recorded, */
	'rights.record.required': z.string(),
	'rights.record.keep': z.string(),
	'rights.record.noneInLaw': z.string(),
	/** What an outside body does, */
	'rights.role.advice': z.string(),
	'rights.role.complaints': z.string(),
	'rights.role.inspection': z.string(),
	'rights.role.mediation': z.string(),
	'rights.role.disputeResolution': z.string(),
	'rights.role.claimsTribunal': z.string(),
	/** What its source says of it: free of charge, its decisions, the largest claim, the time limit, */
	'rights.body.free': z.string(),
	'rights.body.outcome.recommendation': z.string(),
	'rights.body.outcome.agreement': z.string(),
	'rights.body.outcome.binding': z.string(),
	'rights.body.claimLimit': z.string(),
	'rights.body.claimWithin': z.string(),
	/** A number of working days, by the language's plural form (few: Croatian 2–4). */
	'rights.workingDays.one': z.string(),
	'rights.workingDays.few': z.string(),
	'rights.workingDays.other': z.string(),
	/** Title of the page left at an old address that forwards to the new one (src/stable-urls/redirect-pages.ts). */
	'redirect.title': z.string(),
	/** Before the link to the new address, for when the page does not open by itself. */
	'redirect.link': z.string(),
});
