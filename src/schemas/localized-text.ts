import { z } from 'astro/zod';
import { languages, type Language } from '~/i18n/languages';
import { expects } from './messages';

const nonEmpty = z.string(expects('text')).trim().min(1, expects('nonEmptyText'));

/**
 * Text that visitors read. Staff may write a plain string (Finnish), or an object with a
 * required Finnish text and optional translations into the site's other languages:
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
        // Finnish is always required, the fallback for every other language; each other
        // language of the registry (`src/i18n/languages.ts`) is an optional translation.
        Object.fromEntries(languages.map((lang) => [lang, lang === 'fi' ? nonEmpty : nonEmpty.optional()])),
        expects('localizedText', { list: languages.join(', ') }),
      )
      .strict(),
  ])
  .transform((text) => (typeof text === 'string' ? { fi: text } : text) as LocalizedText);

/** Finnish text, with translations into the registry's other languages where staff gave them. */
export type LocalizedText = { fi: string } & Partial<Record<Exclude<Language, 'fi'>, string>>;
