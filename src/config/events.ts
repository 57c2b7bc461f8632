import type { ClashRules } from '../lib/events/clashes';

/**
 * The site's rule for overlapping events: change these to fit the region. Two events clash
 * when their times intersect and they share what is switched on here.
 */
export const clashRules: ClashRules = {
  defaultDurationMinutes: 120,
  sameMunicipality: true,
  sameVenue: true,
  sameAudience: false,
};
