/**
 * The organisation's own settings: the one file a hosting team edits to adapt the site to its policy.
 * The guidance pages and the decision trees read everything from here; `npm run build` stops with the
 * setting named if something is wrong. See README.md, "Adapting it to your organisation".
 */
import { defineOrganisation } from './schema';

export default defineOrganisation({
	// One name for every language, or one per language as here (each edition shows its own).
	name: { fi: 'Esimerkki Oy', hr: 'Primjer d.o.o.', bg: 'Пример ООД', ms: 'Contoh Sdn. Bhd.' },
	currency: 'EUR',
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
		voucher: { staffMayGive: true, upTo: 20 },
	},
});
