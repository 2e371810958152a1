/**
 * Policy variants the trees are tested under, built through the real settings schema so each is a
 * policy a hosting team could write. Together they send every guarded answer down every branch.
 */
import organisation from '../../src/config/organisation';
import { defineOrganisation, type OrganisationInput } from '../../src/config/schema';
import type { NamedPolicy } from '../../src/machines/validate';

const variant = (name: string, remedies: OrganisationInput['remedies'], changes: Partial<OrganisationInput> = {}): NamedPolicy => ({
	name,
	organisation: defineOrganisation({ ...organisation, ...changes, remedies }, `test policy "${name}"`),
});

export const configured: NamedPolicy = { name: 'src/config/organisation.ts', organisation };

/** Staff may give everything, with limits: refunds up to 50 (RM250), discounts up to 15 %, vouchers up to 30 (RM150). */
export const generous = variant('generous', {
	replacement: { staffMayGive: true },
	freeDelivery: { staffMayGive: true },
	refund: { staffMayGive: true, upTo: { fi: 50, hr: 50, bg: 50, ms: 250 } },
	discount: { staffMayGive: true, upTo: 15 },
	voucher: { staffMayGive: true, upTo: { fi: 30, hr: 30, bg: 30, ms: 150 } },
});

/**
 * Staff may give nothing on their own; a different role, contact and callback time; other emergency
 * numbers and only the safety facts every edition must have (no alarm, support service or crisis line).
 */
export const strict = variant(
	'strict',
	{
		replacement: { staffMayGive: false },
		freeDelivery: { staffMayGive: false },
		refund: { staffMayGive: false, upTo: 0 },
		discount: { staffMayGive: false, upTo: 0 },
		voucher: { staffMayGive: false, upTo: 0 },
	},
	{
		callbackHours: 48,
		escalation: {
			role: { fi: 'myymäläpäällikkö', hr: 'voditelj trgovine', bg: 'управител на магазина', ms: 'pengurus kedai' },
			contact: { fi: 'puhelin 555 0101', hr: 'telefon 555 0101', bg: 'телефон 555 0101', ms: 'telefon 555 0101' },
		},
		safety: {
			emergencyNumber: { fi: '911', hr: '192', bg: '166', ms: '991' },
			reportingRoute: { fi: 'ilmoita myymäläpäällikölle', hr: 'javite voditelju trgovine', bg: 'съобщете на управителя', ms: 'laporkan kepada pengurus kedai' },
		},
	},
);

/** Refunds up to 100 (RM500) but no discounts or vouchers; replacement without free delivery. */
export const mixed = variant('mixed', {
	replacement: { staffMayGive: true },
	freeDelivery: { staffMayGive: false },
	refund: { staffMayGive: true, upTo: { fi: 100, hr: 100, bg: 100, ms: 500 } },
	discount: { staffMayGive: false, upTo: 0 },
	voucher: { staffMayGive: false, upTo: 0 },
});

export const policies: NamedPolicy[] = [configured, generous, strict, mixed];
