import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text';
import { expects } from './messages';
import { webUrlSchema } from './url';

/** Whether a municipality calls itself a town (kaupunki) or a municipality (kunta). */
export const municipalityStatuses = ['town', 'municipality'] as const;

/** A Statistics Finland classification code of `digits` digits; YAML may have read it as a number. */
function statisticsCode(digits: number, expected: 'municipalityCode' | 'regionCode') {
  return z
    .union([z.string(), z.number()])
    .transform((value) => String(value).padStart(digits, '0'))
    .refine((value) => new RegExp(`^\\d{${digits}}$`).test(value), expects(expected));
}

/** A municipality (kunta) whose actors the site lists; one YAML file in `content/municipalities/`. */
export const municipalitySchema = z
  .object({
    /** The municipality's name, e.g. "Alajärvi". */
    name: localizedTextSchema,
    /** Statistics Finland's three-digit municipality code (kuntanumero), e.g. `005`. */
    code: statisticsCode(3, 'municipalityCode'),
    /** Whether it calls itself a town (kaupunki) or a municipality (kunta). */
    status: z.enum(municipalityStatuses),
    /** The region (maakunta) it belongs to. */
    region: z
      .object({
        /** Region name, e.g. "Etelä-Pohjanmaa". */
        name: localizedTextSchema,
        /** Statistics Finland's two-digit region code, e.g. `14`. */
        code: statisticsCode(2, 'regionCode'),
      })
      .strict(),
    /** The municipality's official website. */
    website: webUrlSchema,
    /** A short introduction for residents and prospective movers (a sentence or two). */
    intro: localizedTextSchema,
  })
  .strict();

export type Municipality = z.output<typeof municipalitySchema>;
