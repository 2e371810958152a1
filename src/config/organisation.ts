/**
 * The organisation's own settings: the one file a hosting team edits to adapt the site to its policy.
 * The guidance pages and the decision trees read everything from here; `npm run build` stops with the
 * setting named if something is wrong. See README.md, "Adapting it to your organisation".
 */
import { defineOrganisation } from './schema';

export default defineOrganisation({
	// One name for every language, or one per language as here (each edition shows its own).
	name: { fi: 'Esimerkki Oy', hr: 'Primjer d.o.o.', bg: 'Пример ООД', ms: 'Contoh Sdn. Bhd.' },
	// One currency for every edition, or one per edition as here: the Malay edition serves Malaysia.
	currency: { fi: 'EUR', hr: 'EUR', bg: 'EUR', ms: 'MYR' },
	callbackHours: 24,
	escalation: {
		role: {
			fi: 'vuoropäällikkö',
			hr: 'voditelj smjene',
			bg: 'отговорник на смяната',
			ms: 'penyelia syif',
		},
		contact: {
			fi: 'sisäinen puhelin 200',
			hr: 'interni telefon 200',
			bg: 'вътрешен телефон 200',
			ms: 'telefon dalaman 200',
		},
	},
	remedies: {
		replacement: { staffMayGive: true },
		freeDelivery: { staffMayGive: true },
		refund: { staffMayGive: false, upTo: 0 },
		discount: { staffMayGive: true, upTo: 10 },
		// Amounts are in each edition's currency, so they differ where the currency does (20 € ≈ RM100).
		voucher: { staffMayGive: true, upTo: { fi: 20, hr: 20, bg: 20, ms: 100 } },
	},
	// Whose consumer law each edition describes: a shipped id, or a module of your own (README.md).
	jurisdiction: { fi: 'finland', hr: 'croatia', bg: 'bulgaria', ms: 'malaysia' },
	// Shown first wherever someone is in danger: the safety page, the safety decision tree, the pocket card.
	safety: {
		emergencyNumber: { fi: '112', hr: '112', bg: '112', ms: '999' },
		alarm: {
			fi: 'paina hälytyspainiketta tai soita vartijalle, sisäinen puhelin 100',
			hr: 'pritisnite tipku za uzbunu ili nazovite zaštitara, interni telefon 100',
			bg: 'натиснете паник бутона или се обадете на охраната, вътрешен телефон 100',
			ms: 'tekan butang kecemasan atau hubungi pengawal keselamatan, telefon dalaman 100',
		},
		reportingRoute: {
			fi: 'kerro heti vuoropäällikölle ja tee uhkatilanneilmoitus',
			hr: 'odmah obavijestite voditelja smjene i ispunite prijavu incidenta',
			bg: 'уведомете веднага отговорника на смяната и попълнете доклад за инцидента',
			ms: 'maklumkan segera kepada penyelia syif dan isi laporan insiden',
		},
		// For staff after an incident; an edition left out shows none.
		supportService: {
			fi: 'työterveyshuollon ajanvaraus, sisäinen puhelin 300',
			hr: 'Nacionalni pozivni centar za žrtve kaznenih djela i prekršaja, 116 006',
		},
		// For a customer in acute distress; an edition left out names the emergency number only.
		crisisLine: { fi: 'MIELI ry:n Kriisipuhelin, 09 2525 0111' },
	},
});
