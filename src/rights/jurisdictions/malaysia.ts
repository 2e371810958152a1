/**
 * Malaysia: the guarantees the Consumer Protection Act 1999 (Akta Pelindungan Pengguna 1999, Akta 599)
 * implies in every sale, the cooling-off period of direct sales, and the Consumer Claims Tribunal, as
 * read in the Ministry of Domestic Trade's (KPDN) and the Tribunal's own pages. There is no general
 * right confirmed here to return online purchases; what each source says, and what could not be
 * confirmed: docs/editorial/sources/rights.md.
 */
import { defineJurisdiction } from '../schema';

const checked = '2026-12-01';

export default defineJurisdiction(
	{
		id: 'malaysia',
		name: { ms: 'Malaysia' },
		guarantee: {
			kind: 'implied',
			covers: ['title', 'acceptableQuality', 'fitnessForPurpose', 'matchesDescription', 'matchesSample', 'reasonablePrice', 'repairsAndSpareParts'],
			law: { ms: 'Akta Pelindungan Pengguna 1999' },
			source: {
				title: 'Jenis-jenis Tuntutan, Tribunal Tuntutan Pengguna Malaysia',
				url: 'https://tribunal.kpdnkk.gov.my/portal/index.php/my/tuntutan/jenis-jenis-tuntutan',
				checked,
			},
		},
		distance: {
			specific: [
				{
					covers: 'directSalesContracts',
					period: { count: 10, unit: 'workingDays' },
					law: { ms: 'Akta Jualan Langsung dan Skim Anti-Piramid 1993' },
					source: {
						title: 'Soalan Lazim: Penguatkuasaan, Kementerian Perdagangan Dalam Negeri, Koperasi dan Kepenggunaan',
						url: 'https://www.kpdnkk.gov.my/kpdnkk/faq-penguatkuasaan/',
						checked,
					},
				},
			],
		},
		bodies: [
			{
				id: 'ttpm',
				name: { ms: 'Tribunal Tuntutan Pengguna Malaysia' },
				url: 'https://www.kpdn.gov.my/ms/soalan-lazim/tribunal-tuntutan-pengguna',
				roles: ['claimsTribunal'],
				claimLimit: { amount: 50000, currency: 'MYR' },
				claimWithin: { count: 3, unit: 'years' },
				source: {
					title: 'Soalan Lazim: Tribunal Tuntutan Pengguna, Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN)',
					url: 'https://www.kpdn.gov.my/ms/soalan-lazim/tribunal-tuntutan-pengguna',
					checked,
				},
			},
		],
	},
	import.meta.url,
);
