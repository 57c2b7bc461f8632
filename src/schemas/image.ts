import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text';

/**
 * A picture shown with an entry. The file lives under `public/kuvat/` and is referred to as
 * `/kuvat/name.jpg`. Alt text is required: a picture without it is an accessibility failure.
 */
export const imageSchema = z
  .object({
    /** Path of the image under `public/`, e.g. `/kuvat/hyvinvointipuu.jpg`. */
    src: z.string().regex(/^\/kuvat\/[A-Za-z0-9._-]+\.(jpe?g|png|webp|avif|svg)$/, {
      message: 'a path such as /kuvat/omena.jpg to a file in public/kuvat/',
    }),
    /** What the picture shows, for people who cannot see it. */
    alt: localizedTextSchema,
  })
  .strict();
