import type { Branch } from '../schemas/branch';
import type { Entry } from './site-index';

/**
 * Each branch's colour as a stylesheet rule for the elements marked with its id
 * (`data-kasvusto="liikunta-ja-ulkoilu"`), so that pages need no inline `style` attributes and
 * the content security policy allows none. Ids are lower-case slugs and colours `#rrggbb`, as
 * their schemas require, so neither can break out of the rule.
 */
export function branchColourRules(branches: Entry<Branch>[]): string {
  return [...branches]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((branch) => `[data-kasvusto="${branch.id}"]{--hp-branch:${branch.data.colour}}`)
    .join('\n')
    .concat('\n');
}
