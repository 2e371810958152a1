/**
 * Every piece of advice the site must carry, with the stable ids pages name in `covers:`.
 * The seed advice is transcribed from the project's guidance inventory (shared/guidance/inventory.md),
 * its sources the seed articles 000 fi, 001 hr, 002 bg, 003 ms. The advice beyond the seeds (safety and
 * customers who need another approach, issue 16) rests on public sources instead: each names source ids
 * from src/guidance/sources.ts, whose findings are in docs/editorial/sources/safety.md. The English here
 * is for editors and tests only and is never rendered. Customers' rights (issue 13) rest on the facts of
 * the jurisdiction modules (src/rights/jurisdictions/), each of which names its own source and check date.
 */
import { factKeys } from '../rights/schema.ts';
import { guidanceSources } from './sources.ts';

export const inventory = [
	{ id: 'calm-composure', area: 'calm', advice: 'Stay calm and composed; the urge to snap back is natural, and acting on it never improves the situation.', sources: ['000', '001', '002'] },
	{ id: 'calm-outsider', area: 'calm', advice: 'Step back mentally and look at the situation as an outsider would.', sources: ['000'] },
	{ id: 'calm-not-personal', area: 'calm', advice: 'Do not take it personally: the anger is about the situation, not you.', sources: ['000', '001'] },
	{ id: 'calm-neutral-tone', area: 'calm', advice: 'Keep a neutral, well-meaning tone whatever tone is aimed at you; restraint is a mark of professionalism.', sources: ['001'] },
	{ id: 'calm-golden-mean', area: 'calm', advice: 'Too much restraint reads as indifference; a smile can read as mockery to an angry person. Show engagement without smirking.', sources: ['001'] },
	{ id: 'calm-vent-later', area: 'calm', advice: 'Vent later and privately with colleagues, never in front of the customer.', sources: ['000'] },
	{ id: 'calm-no-arguing', area: 'calm', advice: 'Raising your voice or arguing ends in deadlock.', sources: ['002'] },
	{ id: 'listen-let-explain', area: 'listen', advice: 'Let the customer explain fully; do not interrupt or comment mid-flow, which only raises irritation.', sources: ['000', '002'] },
	{ id: 'listen-find-cause', area: 'listen', advice: 'Work out where the problem really comes from.', sources: ['000'] },
	{ id: 'listen-their-shoes', area: 'listen', advice: 'Put yourself in their shoes: each customer is unique, with concerns of their own.', sources: ['000', '001'] },
	{ id: 'listen-expect-emotion', area: 'listen', advice: 'Upset customers often speak loudly and emotionally; expect it and give them room.', sources: ['002'] },
	{ id: 'resolve-fix-now', area: 'resolve', advice: 'If you can solve the problem right away, do it.', sources: ['000'] },
	{ id: 'resolve-apologise-no-excuses', area: 'resolve', advice: 'Apologise for what went wrong, but do not make excuses or justify yourself.', sources: ['000', '002'] },
	{ id: 'resolve-offer-options', area: 'resolve', advice: 'Offer a constructive solution, or alternatives to choose from.', sources: ['000', '002'] },
	{ id: 'resolve-same-side', area: 'resolve', advice: 'You and the customer are on the same side: a shared problem to solve and agree on. A difficult customer is a potential ally, and can be told so.', sources: ['001'] },
	{ id: 'resolve-agree-then-steer', area: 'resolve', advice: 'Agree with the sound points first, then steer: "I agree with you about…, and I\'d also note…". Never contradict head-on.', sources: ['001'] },
	{ id: 'resolve-own-partners', area: 'resolve', advice: 'Own problems caused by your business and its partners (delivery firm, manufacturer); do not pass the blame on. Dealing with them is your job, not the customer\'s.', sources: ['002'] },
	{ id: 'resolve-no-auto-blame', area: 'resolve', advice: 'Do not automatically take the blame, and do not automatically blame the customer: establish what happened.', sources: ['001'] },
	{ id: 'resolve-not-in-one-go', area: 'resolve', advice: 'Do not try to win over in one go someone who disagrees in principle.', sources: ['001'] },
	{ id: 'resolve-no-policy-brushoff', area: 'resolve', advice: 'Never brush someone off by telling them to read the store policy; it is impersonal and says you do not care.', sources: ['000'] },
	{ id: 'resolve-no-superiority', area: 'resolve', advice: 'Do not try to put the customer in their place or show superiority.', sources: ['001'] },
	{ id: 'resolve-no-pity', area: 'resolve', advice: 'Do not play for the customer\'s sympathy.', sources: ['001'] },
	{ id: 'resolve-common-causes', area: 'resolve', advice: 'Typical causes: too low a level of service, poor product quality, human error.', sources: ['002'] },
	{ id: 'resolve-callback', area: 'resolve', advice: 'When the customer is very upset, or the fix needs work, agree a time to call back; use the time to find solutions and call back with options that you have checked.', sources: ['002'] },
	{ id: 'resolve-task-not-wishes', area: 'resolve', advice: 'Your task is to solve the problem professionally, not to grant every wish: you cannot please everyone.', sources: ['001'] },
	{ id: 'escalate-authority', area: 'escalate', advice: 'When it is outside your competence or authority, ask your supervisor or manager; they can approve price changes or refunds.', sources: ['000'] },
	{ id: 'escalate-too-much', area: 'escalate', advice: 'When a customer is too emotional or abusive for you to handle, call a colleague or your supervisor.', sources: ['000', '003'] },
	{ id: 'escalate-mediator', area: 'escalate', advice: 'Bringing in another person can defuse tension before it becomes a serious conflict.', sources: ['003'] },
	{ id: 'escalate-threat-to-complain', area: 'escalate', advice: 'A customer who threatens to complain to your manager: stay calm, and treat it as their right rather than as a threat.', sources: ['003'] },
	{ id: 'comp-authority-only', area: 'compensate', advice: 'Never promise refunds, discounts, extras or freebies that you are not authorised to give: an offer withdrawn later destroys trust, and can cost you your job.', sources: ['000'] },
	{ id: 'comp-win-back', area: 'compensate', advice: 'Well-judged compensation wins the customer back and protects the business\'s reputation, for instance against negative reviews.', sources: ['002'] },
	{ id: 'comp-defective-replace', area: 'compensate', advice: 'A defective item: replace it, with free delivery on a day that suits the customer.', sources: ['002'] },
	{ id: 'comp-extra-loss', area: 'compensate', advice: 'Extra material or moral loss caused by the business: a discount or bonus, where authorised.', sources: ['002'] },
	{ id: 'comp-no-pressure', area: 'compensate', advice: 'Do not grant a discount just because the customer pushes, charms or threatens.', sources: ['003'] },
	{ id: 'bound-not-always-right', area: 'boundaries', advice: 'The customer is not always right; you may protect yourself from abusive behaviour.', sources: ['003', '000'] },
	{ id: 'bound-respectful', area: 'boundaries', advice: 'Do not sink to their level: be plain but respectful, and find an approach for each person.', sources: ['003'] },
	{ id: 'bound-testing', area: 'boundaries', advice: 'Some people test how far they can go; set boundaries: tell them how they can communicate with you (channels, working hours).', sources: ['003'] },
	{ id: 'bound-tone-unaware', area: 'boundaries', advice: 'Some people do not realise how their tone sounds.', sources: ['003'] },
	{ id: 'bound-paying-no-licence', area: 'boundaries', advice: 'Paying for a service gives no one the right to be rude or condescending.', sources: ['003'] },
	{ id: 'bound-person-in-charge', area: 'boundaries', advice: 'Talk to the person in charge about a customer who keeps pushing too far.', sources: ['003'] },
	{ id: 'bound-cut-losses', area: 'boundaries', advice: 'Cut your losses: no income is worth constant discomfort, and a customer who takes all your time harms the rest of the business and your life. Ending the relationship is a legitimate last resort, decided with the person in charge.', sources: ['003'] },
	{ id: 'bound-wellbeing', area: 'boundaries', advice: 'Difficult customers wear on your thinking and mental health: look after yourself.', sources: ['003'] },
	{ id: 'mind-unavoidable', area: 'mindset', advice: 'Difficult customers come with any customer-facing work; refusing to serve them costs money and reputation.', sources: ['001'] },
	{ id: 'mind-types', area: 'mindset', advice: 'Kinds of difficult customer: rude or aggressive; indecisive and lost; "the king" who treats you as a servant; the haggler who demands a discount; the one who criticises everything and never leaves.', sources: ['001', '003'] },
	{ id: 'mind-look-at-yourself', area: 'mindset', advice: '"Difficult customer" can hide your own unprofessionalism: ask why this kind of customer is hard for you.', sources: ['001'] },
	{ id: 'mind-no-likes', area: 'mindset', advice: 'Do not let personal likes and dislikes steer you.', sources: ['001'] },
	{ id: 'mind-loyal-later', area: 'mindset', advice: 'A difficult customer you help well can become your most loyal one.', sources: ['001'] },
	{ id: 'mind-never-satisfied', area: 'mindset', advice: 'Some customers are never satisfied whatever you do; aim to keep conflict small.', sources: ['000'] },
	{ id: 'mind-reflects-company', area: 'mindset', advice: 'Your behaviour reflects the company.', sources: ['000'] },
	{ id: 'mind-online-shop', area: 'mindset', advice: 'In online shops conflicts are routine; unresolved ones become negative reviews and lost customers, and only real effort changes the customer\'s attitude.', sources: ['002'] },
	// Beyond the seeds (issue 16): where beyond.md and the sources differ, the advice follows the sources.
	{ id: 'safe-first', area: 'safety', beyond: 'safety', advice: 'Your safety and that of others comes first; no one should risk their safety to protect property, and a worker in serious, direct danger may leave.', sources: ['ilo-c190', 'euosha-oshwiki-violence', 'euosha-european-picture', 'hse-retail-violence', 'hse-telephone-abuse', 'usdaw-safer-workplace', 'fi-tyosuojelu-vakivallan-uhka', 'fi-tyosuojelu-tarkastukset-2021', 'hr-sgim-odbiti-rad', 'hr-hdusluge-odbiti-rad', 'hr-hdusluge-obveze-poslodavca', 'bg-trudipravo-chl-283', 'bg-podkrepa-zbut', 'my-agc-akkp-1994'] },
	{ id: 'safe-warning-signs', area: 'safety', beyond: 'safety', advice: 'Recognise when anger turns into danger: threats, swearing and abuse, a fixed stare or sudden silence, fast breathing, clenched fists, pacing, trying to get close.', sources: ['nsc-hostile-customers', 'fi-savonsanomat-vierema'] },
	{ id: 'safe-distance-exit', area: 'safety', beyond: 'safety', advice: 'Keep your distance and an obstacle (the counter, a table) between you, keep your way out clear, keep your hands visible, do not touch the person, do not turn your back, retreat when you can.', sources: ['fi-ttk-tyopaikkavakivalta', 'fi-evl-vakivallan-uhka', 'fi-savonsanomat-vierema'] },
	{ id: 'safe-alarm-emergency', area: 'safety', beyond: 'safety', advice: 'In immediate danger get yourself and others away, raise the alarm as soon as it is safe (the workplace alarm, a guard, colleagues) and call the emergency number (112; 999 in Malaysia). In a robbery do what the robber says and raise the alarm only when it is safe.', sources: ['usdaw-safer-workplace', 'acs-violence-guidance', 'fi-tyosuojelu-alarm-faq', 'fi-tyohyvis-vakivalta', 'fi-evl-vakivallan-uhka', 'fi-112-ohjeet', 'fi-pam-vakivallan-uhka', 'hr-112-kostrena', 'hr-112-opuzen', 'bg-112-zakon', 'bg-112-visitsofia', 'my-999-mers'] },
	{ id: 'safe-no-heroics', area: 'safety', beyond: 'safety', advice: 'Do not chase, hold or block a thief or an aggressor; let goods and money go, and remember what you can of the person for the police.', sources: ['hse-toolkit-customers', 'usdaw-safer-workplace', 'acs-violence-guidance', 'fi-ttk-tyopaikkavakivalta'] },
	{ id: 'safe-never-alone', area: 'safety', beyond: 'safety', advice: 'Do not stay alone with a threatening person and do not try to subdue them alone: call colleagues in, or leave and call them. Working alone, especially at night, raises the risk.', sources: ['usdaw-safer-workplace', 'fi-tyosuojelu-vakivallan-uhka', 'fi-tyosuojelu-valvontaohje-3-2023', 'fi-ttk-tyopaikkavakivalta', 'fi-tyohyvis-vakivalta', 'fi-evl-vakivallan-uhka'] },
	{ id: 'safe-end-contact', area: 'safety', beyond: 'safety', advice: 'On the phone or in writing, name the behaviour, warn once that you will end the contact, then end it, as your workplace\'s guideline allows; write down what was said and when.', sources: ['hse-telephone-abuse', 'tuc-worksmart-abusive-calls', 'redcross-abusive-callers', 'fi-evl-vakivallan-uhka', 'fi-iltalehti-laiton-uhkaus'] },
	{ id: 'safe-harassment', area: 'safety', beyond: 'safety', advice: 'Sexual or racist remarks, unwanted touching, following someone, threatening messages are not part of the job: say stop, leave, and report; the employer must act once it knows.', sources: ['ilo-c190', 'ilo-c190-guide', 'epsu-tpvh-2023', 'hse-retail-violence', 'fi-tyosuojelu-hairinta', 'fi-tyosuojelu-valvontaohje-3-2023', 'fi-teollisuusliitto-hairinta', 'fi-tyoturva-hairinta', 'fi-yle-kaupan-hairinta-2023', 'hr-prs-uznemiravanje-2020', 'hr-frida-zakonodavni-okvir', 'hr-prs-nadleznosti', 'hr-radnica-diskriminacija', 'bg-wageindicator-tormoz', 'my-act-840', 'my-kpwkm-faq-tags', 'my-jtksm-gangguan-seksual'] },
	{ id: 'safe-flashpoints', area: 'safety', beyond: 'safety', advice: 'Know the usual flashpoints (challenging a suspected thief, refusing an age-restricted sale, refusing a drunk customer, handling money) and meet them the same calm way every time; do not call the person drunk.', sources: ['hse-toolkit-customers', 'acs-violence-guidance', 'fi-tyosuojelu-vakivallan-uhka', 'fi-ek-lahestymiskielto', 'fi-yle-kaupan-hairinta-2023', 'hr-iusinfo-alkohol-maloljetnici', 'hr-24sata-zakon-o-trgovini', 'bg-econ-zzd-2020', 'my-malaymail-alcohol-21'] },
	{ id: 'safe-record', area: 'safety', beyond: 'safety', advice: 'Right after an incident, write down what happened while you remember it: when, where, the exact words, what the person looked like, what was done, who saw it, any injury or damage, whom you told.', sources: ['hse-toolkit-reporting', 'acs-violence-guidance', 'fi-evl-vakivallan-uhka'] },
	{ id: 'safe-report', area: 'safety', beyond: 'safety', advice: 'Report every threat or violent incident through the workplace\'s channel, even when nothing seemed to happen: reports show the risks and the employer must act on them; crimes can also be reported to the police.', sources: ['hse-toolkit-reporting', 'hse-reporting-learning', 'usdaw-safer-workplace', 'nsc-hostile-customers', 'fi-tyosuojelu-vakavat-2024', 'fi-teollisuusliitto-hairinta', 'fi-ttk-tyopaikkavakivalta', 'fi-evl-vakivallan-uhka', 'fi-talentia-tyovakivalta', 'fi-ek-lahestymiskielto', 'fi-iltalehti-laiton-uhkaus', 'hr-hdusluge-odbiti-rad', 'hr-prs-nadleznosti', 'hr-radnica-diskriminacija', 'bg-wageindicator-tormoz', 'bg-ctc-trudova-zlopoluka', 'my-kpwkm-faq-tags', 'my-awani-tags-2024', 'my-jtksm-gangguan-seksual'] },
	{ id: 'safe-after', area: 'safety', beyond: 'safety', advice: 'After an incident, talk it through with the person in charge or a colleague and use the support on offer; reactions such as poor sleep, fear or anger are common and can come later, also for witnesses.', sources: ['hse-reporting-learning', 'hse-toolkit-postincident', 'tuc-worksmart-abusive-calls', 'fi-tyosuojelu-tarkastukset-2021', 'fi-ttk-tyopaikkavakivalta', 'fi-talentia-tyovakivalta', 'fi-pam-vakivallan-uhka', 'hr-zagreb-116006'] },
	{ id: 'need-not-rudeness', area: 'another-approach', beyond: 'safety', advice: 'Behaviour that looks rude or even aggressive can come from illness, a health condition, dementia or another disability you cannot see; consider that before you set a boundary.', sources: ['agescotland-dementia-customer', 'fi-tyosuojelu-vakivallan-uhka'] },
	{ id: 'need-plain-words', area: 'another-approach', beyond: 'safety', advice: 'Speak clearly and calmly in short sentences and plain words, avoid in-house jargon, check understanding; where it matters, a professional interpreter is the best help.', sources: ['agescotland-dementia-customer', 'fi-diak-kielellinen-saavutettavuus', 'fi-kela-selkea-kieli'] },
	{ id: 'need-ask-what-helps', area: 'another-approach', beyond: 'safety', advice: 'If a customer seems forgetful or confused, ask how you can help; offer options, more time, help with paying, or a quiet, well-lit place where they can hear you and see your face.', sources: ['agescotland-dementia-customer'] },
	{ id: 'need-crisis', area: 'another-approach', beyond: 'safety', advice: 'A customer who speaks of harming themselves or is in acute distress: listen calmly, take it seriously, tell them help exists, stay with them; in immediate danger to life call the emergency number; name a crisis line where the organisation has one.', sources: ['fi-112-ohjeet', 'fi-mieli-helpline', 'fi-mieli-itsemurha', 'fi-mieli-24h-2020', 'hr-112-kostrena', 'hr-112-opuzen', 'bg-112-zakon', 'bg-112-visitsofia', 'my-999-mers'] },
	// Customers' rights (issue 13): the facts are per jurisdiction, read by the rights page and the trees.
	{ id: 'right-legal-remedy', area: 'rights', beyond: 'rights', advice: 'A faulty product is not a favour to negotiate: the customer has rights in law. Staff never refuse a legal remedy; when unsure, they ask.', facts: ['guarantee', 'remedies'] },
	{ id: 'right-commercial-vs-legal', area: 'rights', beyond: 'rights', advice: 'A shop\'s own guarantee or returns policy comes on top of the law, never instead of it; "no refunds" signs do not remove legal rights.', facts: ['commercialGuarantee', 'guarantee'] },
	{ id: 'right-distance', area: 'rights', beyond: 'rights', advice: 'Online and phone purchases: know the jurisdiction\'s rule for withdrawing (in the EU usually 14 days without a reason, with exceptions the law lists).', facts: ['distance'] },
	{ id: 'right-written-complaint', area: 'rights', beyond: 'rights', advice: 'A written complaint gets a written answer within the time the law sets, and a record is kept where the law requires it.', facts: ['complaintAnswer', 'complaintRecord'] },
	{ id: 'right-where-to-turn', area: 'rights', beyond: 'rights', advice: 'A customer who is not satisfied may turn to an outside body: name it without resentment.', facts: ['bodies'] },
	{ id: 'right-not-legal-advice', area: 'rights', beyond: 'rights', advice: 'Staff explain the basics and the organisation\'s procedure; they do not give legal opinions, and they pass disputes to the person in charge.', facts: [] },
] as const satisfies readonly InventoryItem[];

/** The four seed articles the first advice was gathered from: 000 fi, 001 hr, 002 bg, 003 ms. */
export const seedArticles = ['000', '001', '002', '003'] as const;
export type SeedArticle = (typeof seedArticles)[number];

/** Advice from the seed articles. */
export interface SeedItem {
	id: string;
	area: 'calm' | 'listen' | 'resolve' | 'escalate' | 'compensate' | 'boundaries' | 'mindset';
	advice: string;
	/** The seed articles it comes from. */
	sources: readonly SeedArticle[];
	beyond?: never;
}

/** Advice beyond the seeds (beyond.md), resting on public sources read for it. */
export interface BeyondItem {
	id: string;
	area: 'safety' | 'another-approach';
	advice: string;
	/** The issue of beyond.md that added it. */
	beyond: 'safety';
	/** Ids of src/guidance/sources.ts; each must exist and support this id. */
	sources: readonly string[];
}

/** Customers' rights (issue 13): what the law gives, read from the jurisdiction modules' facts. */
export interface RightsItem {
	id: string;
	area: 'rights';
	advice: string;
	beyond: 'rights';
	/** The facts (src/rights/schema.ts `factKeys`) the advice rests on; none: it is the organisation's procedure. */
	facts: readonly (typeof factKeys)[number][];
	sources?: never;
}

export type InventoryItem = SeedItem | BeyondItem | RightsItem;

export type InventoryId = (typeof inventory)[number]['id'];

export const inventoryIds = inventory.map(({ id }) => id) as [InventoryId, ...InventoryId[]];

/**
 * What is wrong with the inventory's sources: a seed item naming anything but a seed article, a beyond
 * item naming no source, a source that is not in src/guidance/sources.ts, or one that does not support
 * the id (its `supports` does not list it). Each problem names the file, the id and the source.
 */
export function inventorySourceProblems(items: readonly InventoryItem[] = inventory): string[] {
	const known = new Map(guidanceSources.map((source) => [source.id, source]));
	return items.flatMap((item) => {
		const where = `src/guidance/inventory.ts: ${item.id}`;
		if (item.beyond === 'rights')
			return item.facts.filter((fact) => !(factKeys as readonly string[]).includes(fact)).map((fact) => `${where}: "${fact}" is not a jurisdiction fact (${factKeys.join(', ')})`);
		if (!item.beyond)
			return item.sources.filter((source) => !(seedArticles as readonly string[]).includes(source)).map((source) => `${where}: "${source}" is not a seed article (${seedArticles.join(', ')})`);
		if (item.sources.length === 0) return [`${where}: names no source from src/guidance/sources.ts`];
		return item.sources.flatMap((id) => {
			const source = known.get(id);
			if (!source) return [`${where}: source "${id}" is not in src/guidance/sources.ts`];
			return (source.supports as readonly string[]).includes(item.id) ? [] : [`${where}: source "${id}" does not list "${item.id}" in its supports`];
		});
	});
}

// A misnamed source stops the build (the page schema imports this module), naming the id and the source.
const problems = inventorySourceProblems();
if (problems.length) throw new Error(`Guidance inventory sources:\n  ${problems.join('\n  ')}`);
