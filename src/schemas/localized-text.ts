import { z } from 'astro/zod';
import { expects } from './messages';

/** The languages the site is written in; Finnish is required, the others fall back to it. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

const nonEmpty = z.string(expects('text')).trim().min(1, expects('nonEmptyText'));

/**
 * Text that visitors read. Staff may write a plain string (Finnish), or an object with a
 * required Finnish text and optional Swedish and English translations:
 *
 * ```yaml
 * name: Vimpelin SPR
 * description:
 *   fi: Ensiapua ja ystävätoimintaa.
 *   en: First aid and friendship services.
 * ```
 */
export const localizedTextSchema = z
  .union([
    nonEmpty,
    z
      .object(
        {
          /** Finnish text: always required, the fallback for every other language. */
          fi: nonEmpty,
          /** Swedish translation. */
          sv: nonEmpty.optional(),
          /** English translation. */
          en: nonEmpty.optional(),
        },
        expects('localizedText'),
      )
      .strict(),
  ])
  .transform((text) => (typeof text === 'string' ? { fi: text } : text));

export type LocalizedText = z.output<typeof localizedTextSchema>;
