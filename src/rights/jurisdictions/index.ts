/**
 * The jurisdictions shipped with the site, by the id the settings name them with. A team whose country
 * is not here writes its own module with `defineJurisdiction` and imports it into its settings file
 * (README.md, "Customers' rights").
 */
import bulgaria from './bulgaria';
import croatia from './croatia';
import finland from './finland';
import malaysia from './malaysia';

export const shippedJurisdictions = { finland, croatia, bulgaria, malaysia };
export type ShippedJurisdictionId = keyof typeof shippedJurisdictions;
