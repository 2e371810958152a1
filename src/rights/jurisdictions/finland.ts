/**
 * Finland: what the consumer protection act (kuluttajansuojalaki 38/1978) gives a customer, as read in
 * the Finnish Competition and Consumer Authority's and the Consumer Disputes Board's own pages.
 * What each source says, and what could not be confirmed: docs/editorial/sources/rights.md.
 */
import { defineJurisdiction } from '../schema';

const checked = '2026-12-01';

export default defineJurisdiction(
	{
		id: 'finland',
		name: { fi: 'Suomi' },
		guarantee: {
			kind: 'noFixedPeriod',
			decidedBy: 'expectedLifetime',
			law: { fi: 'kuluttajansuojalaki' },
			source: {
				title: 'Kuluttaja-asiamiehen linjaus ”Virhevastuu ja takuu kulutustavaran kaupassa” (2002, tarkistettu 2011), Euroopan oikeusportaali (e-Justice)',
				url: 'https://e-justice.europa.eu/otherMaterialDetails.do?idTaxonomy=2078&idCountry=9&plang=en&action=print',
				checked,
			},
		},
		commercialGuarantee: {
			cannotLimitLegalRights: true,
			source: {
				title: 'Kuluttaja-asiamiehen linjaus: Virhevastuu ja takuu kulutustavaran kaupassa (2022), Kilpailu- ja kuluttajavirasto',
				url: 'https://www.kkv.fi/kuluttaja-asiat/tietoa-ja-ohjeita-yrityksille/kuluttaja-asiamiehen-linjaukset/virhevastuu-ja-takuu-kulutustavaran-kaupassa/',
				checked,
			},
		},
		remedies: {
			steps: [
				['repair', 'replacement'],
				['priceReduction', 'termination'],
			],
			firstStepChosenBy: 'consumer',
			also: ['damages', 'withholdPayment'],
			law: { fi: 'kuluttajansuojalaki' },
			source: {
				title: 'Virheen seuraamukset, Kilpailu- ja kuluttajavirasto',
				url: 'https://www.kkv.fi/kuluttaja-asiat/tavaroiden-ja-palveluiden-virheet/virheen-seuraamukset/',
				checked,
			},
		},
		distance: {
			general: {
				covers: 'distanceAndOffPremises',
				period: { count: 14, unit: 'days' },
				from: 'goodsReceived',
				someExcluded: true,
				law: { fi: 'kuluttajansuojalaki' },
				source: {
					title: 'Peruuttamisoikeus verkkokaupassa, Kilpailu- ja kuluttajavirasto',
					url: 'https://www.kkv.fi/kuluttaja-asiat/verkkokauppa/peruuttamisoikeus-verkkokaupassa/',
					checked,
				},
			},
		},
		bodies: [
			{
				id: 'kuluttajaneuvonta',
				name: { fi: 'Kuluttajaneuvonta' },
				url: 'https://kkv.fi/kuluttajaneuvonta',
				roles: ['advice'],
				source: { title: 'Kuluttajaneuvonta, Kilpailu- ja kuluttajavirasto', url: 'https://kkv.fi/kuluttajaneuvonta', checked },
			},
			{
				id: 'kuluttajariitalautakunta',
				name: { fi: 'Kuluttajariitalautakunta' },
				url: 'https://www.kuluttajariita.fi/',
				roles: ['disputeResolution'],
				free: true,
				outcome: 'recommendation',
				source: {
					title: 'Tietoa lautakunnasta, Kuluttajariitalautakunta',
					url: 'https://www.kuluttajariita.fi/tietoa-meista/tietoa-lautakunnasta',
					checked,
				},
			},
		],
	},
	import.meta.url,
);
