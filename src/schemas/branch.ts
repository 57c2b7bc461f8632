import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text';
import { branchRefSchema } from './references';
import { expects } from './messages';

/**
 * A branch (kasvusto) of the wellbeing tree: one factor of residents' wellbeing. Branches are
 * shared by every municipality so that the forest can be compared; one YAML file each in
 * `content/branches/`.
 */
export const branchSchema = z
  .object({
    /** The branch's name, e.g. "Urheilu ja ulkoilu". */
    name: localizedTextSchema,
    /** Position among its siblings, smallest first. */
    order: z.number(expects('wholeNumber')).int(expects('wholeNumber')),
    /** Colour of the branch in the tree, as `#rrggbb`. */
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, expects('colour')),
    /** What the branch covers, one or two sentences. */
    description: localizedTextSchema,
    /** The id of the branch this one is a sub-heading of. */
    parent: branchRefSchema.optional(),
  })
  .strict();

export type Branch = z.output<typeof branchSchema>;
