import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text';
import { webUrlSchema } from './url';

/** A Statistics Finland classification code of `digits` digits; YAML may have read it as a number. */
function statisticsCode(digits: number, expected: string) {
  return z
    .union([z.string(), z.number()])
    .transform((value) => String(value).padStart(digits, '0'))
    .refine((value) => new RegExp(`^\\d{${digits}}$`).test(value), { message: expected });
}

/** A municipality (kunta) whose actors the site lists; one YAML file in `content/municipalities/`. */
export const municipalitySchema = z
  .object({
    /** The municipality's name, e.g. "Alajärvi". */
    name: localizedTextSchema,
    /** Statistics Finland's three-digit municipality code (kuntanumero), e.g. `005`. */
    code: statisticsCode(3, 'a three-digit municipality code such as "005"'),
    /** Whether it calls itself a town (kaupunki) or a municipality (kunta). */
    status: z.enum(['town', 'municipality']),
    /** The region (maakunta) it belongs to. */
    region: z
      .object({
        /** Region name, e.g. "Etelä-Pohjanmaa". */
        name: localizedTextSchema,
        /** Statistics Finland's two-digit region code, e.g. `14`. */
        code: statisticsCode(2, 'a two-digit region code such as "14"'),
      })
      .strict(),
    /** The municipality's official website. */
    website: webUrlSchema,
    /** A short introduction for residents and prospective movers (a sentence or two). */
    intro: localizedTextSchema,
  })
  .strict();

export type Municipality = z.output<typeof municipalitySchema>;
