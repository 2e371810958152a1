/**
 * Bulgaria: the EU's minimum rights as the EU's own Bulgarian pages state them, and the Consumer
 * Protection Commission (Комисия за защита на потребителите) and its conciliation committees. The
 * Bulgarian laws' own texts could not be read for this module; what each source says, and what could
 * not be confirmed: docs/editorial/sources/rights.md.
 */
import { defineJurisdiction } from '../schema';

const checked = '2026-12-01';

/** The European Commission's factsheet on shopping online, in Bulgarian (EU Publications Office). */
const shoppingOnline = {
	title: 'Пазаруване онлайн: информационен лист на Европейската комисия, Служба за публикации на ЕС',
	url: 'https://op.europa.eu/webpub/grow/factsheets/shopping-online/bg/',
	checked,
};

export default defineJurisdiction(
	{
		id: 'bulgaria',
		name: { bg: 'България' },
		guarantee: {
			kind: 'fixedPeriod',
			period: { count: 2, unit: 'years' },
			atLeast: true,
			source: {
				title: 'Гаранции: поправки, замени, възстановяване на заплатени суми, Вашата Европа (Европейски съюз)',
				url: 'https://europa.eu/youreurope/citizens/consumers/shopping/guarantees/index_bg.htm',
				checked,
			},
		},
		remedies: {
			steps: [
				['repair', 'replacement'],
				['priceReduction', 'termination'],
			],
			source: shoppingOnline,
		},
		distance: {
			general: { covers: 'distanceAndOffPremises', period: { count: 14, unit: 'days' }, source: shoppingOnline },
		},
		bodies: [
			{
				id: 'kzp',
				name: { bg: 'Комисия за защита на потребителите' },
				url: 'https://kzp.bg/',
				roles: ['inspection', 'complaints'],
				source: {
					title: 'Enforcement: Bulgaria, European e-Justice Portal',
					url: 'https://e-justice.europa.eu/37165/EN/enforcement?BULGARIA&member=1',
					checked,
					lang: 'en',
				},
			},
			{
				id: 'pomiritelni-komisii',
				name: { bg: 'Помирителни комисии към Комисията за защита на потребителите' },
				url: 'https://www.kzp.bg/bg/pomiritelna-komisiya/',
				roles: ['mediation'],
				source: {
					title: 'Помирителна комисия, Комисия за защита на потребителите',
					url: 'https://www.kzp.bg/bg/pomiritelna-komisiya/',
					checked,
				},
			},
		],
	},
	import.meta.url,
);
