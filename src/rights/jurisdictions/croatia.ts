/**
 * Croatia: the Obligations Act (Zakon o obveznim odnosima) on material defects and the Consumer
 * Protection Act (Zakon o zaštiti potrošača, NN 19/22, 59/23), as read in the ministry's consumer
 * portal, the State Inspectorate's and the EU's pages, and the mediation centre's own page.
 * What each source says, and what could not be confirmed: docs/editorial/sources/rights.md.
 */
import { defineJurisdiction } from '../schema';

const checked = '2026-12-01';

/** The ministry's consumer portal on faulty goods (Nacionalni informacijski sustav za zaštitu potrošača). */
const faultyGoods = {
	title: 'Kupili ste proizvod koji ima nedostatak ili ne radi?, Središnji portal za potrošače (szp.hr)',
	url: 'https://www.szp.hr/sve-potrosacke-teme-na-jednom-mjestu/kupili-ste-proizvod-koji-ima-nedostatak-ili-ne-radi/34',
	checked,
};

/** The State Inspectorate's "three steps" for consumers. */
const inspectorate = {
	title: 'Služba zaštite ekonomskih interesa potrošača: 3 koraka u zaštiti potrošača, Državni inspektorat',
	url: 'https://dirh.gov.hr/o-drzavnom-inspektoratu-9/ustrojstvo-77/6-sektor-za-nadzor-trgovine-usluga-i-zastite-potrosaca/1-sluzba-zastite-ekonomskih-interesa-potrosaca/168',
	checked,
};

export default defineJurisdiction(
	{
		id: 'croatia',
		name: { hr: 'Hrvatska' },
		guarantee: {
			kind: 'fixedPeriod',
			period: { count: 2, unit: 'years' },
			from: 'delivery',
			law: { hr: 'Zakon o obveznim odnosima' },
			source: faultyGoods,
		},
		remedies: {
			steps: [['repair', 'replacement', 'priceReduction'], ['termination']],
			law: { hr: 'Zakon o obveznim odnosima' },
			source: faultyGoods,
		},
		distance: {
			general: {
				covers: 'distanceAndOffPremises',
				period: { count: 14, unit: 'days' },
				source: {
					title: 'Jamstva i povrati, Vaša Europa (Europska unija)',
					url: 'https://europa.eu/youreurope/citizens/consumers/shopping/guarantees-returns/index_hr.htm',
					checked,
				},
			},
		},
		complaintAnswer: {
			inWriting: true,
			within: { count: 15, unit: 'days' },
			law: { hr: 'Zakon o zaštiti potrošača' },
			source: inspectorate,
		},
		bodies: [
			{
				id: 'drzavni-inspektorat',
				name: { hr: 'Državni inspektorat' },
				url: 'https://dirh.gov.hr/',
				roles: ['inspection', 'complaints'],
				source: inspectorate,
			},
			{
				id: 'centar-za-mirenje-hgk',
				name: { hr: 'Centar za mirenje pri Hrvatskoj gospodarskoj komori' },
				url: 'https://www.hgk.hr/centar-za-mirenje/zastita-potrosaca',
				roles: ['mediation'],
				source: {
					title: 'Zaštita potrošača, Centar za mirenje pri Hrvatskoj gospodarskoj komori',
					url: 'https://www.hgk.hr/centar-za-mirenje/zastita-potrosaca',
					checked,
				},
			},
		],
	},
	import.meta.url,
);
