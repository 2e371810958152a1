/**
 * Every piece of advice the site must carry, with the stable ids pages name in `covers:`.
 * Transcribed from the project's guidance inventory (shared/guidance/inventory.md); the English here is
 * for editors and tests only and is never rendered. Sources: 000 fi, 001 hr, 002 bg, 003 ms seed articles.
 */
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
] as const satisfies readonly InventoryItem[];

export interface InventoryItem {
	id: string;
	area: 'calm' | 'listen' | 'resolve' | 'escalate' | 'compensate' | 'boundaries' | 'mindset';
	advice: string;
	sources: readonly string[];
}

export type InventoryId = (typeof inventory)[number]['id'];

export const inventoryIds = inventory.map(({ id }) => id) as [InventoryId, ...InventoryId[]];
