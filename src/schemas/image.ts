import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text';
import { expects } from './messages';

/**
 * A picture shown with an entry. The file lives under `public/kuvat/` and is referred to as
 * `/kuvat/name.jpg`. Alt text is required: a picture without it is an accessibility failure.
 */
export const imageSchema = z
  .object({
    /** Path of the image under `public/`, e.g. `/kuvat/hyvinvointipuu.jpg`. */
    src: z.string(expects('imagePath')).regex(/^\/kuvat\/[A-Za-z0-9._-]+\.(jpe?g|png|webp|avif|svg)$/, expects('imagePath')),
    /** What the picture shows, for people who cannot see it. */
    alt: localizedTextSchema,
  })
  .strict();
