import { z } from 'astro/zod';

/**
 * A venue (tapahtumapaikka) where events take place; events on the same day at the same venue
 * clash. One YAML file in `content/venues/<municipality>/`.
 */
export const venueSchema = z
  .object({
    /** The venue's name, e.g. "Hotelli Kivitippu". */
    name: z.string().trim().min(1),
    /** Street address and town, when known. */
    address: z.string().trim().min(1).optional(),
  })
  .strict();

export type Venue = z.output<typeof venueSchema>;
