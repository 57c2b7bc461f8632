import { z } from 'astro/zod';
import { isValidBusinessId } from '../lib/business-id';
import { expects, schemaMessage } from './messages';

/** Finnish business ID (Y-tunnus), seven digits, a dash and a check digit, e.g. `1234567-1`. */
export const businessIdSchema = z
  .string()
  .trim()
  .regex(/^\d{7}-\d$/, expects('businessIdFormat'))
  .refine(isValidBusinessId, expects('businessIdCheckDigit'));

/**
 * Number in the Finnish Register of Associations (yhdistysrekisteri), e.g. `"123.456"`. Written
 * in quotes: unquoted YAML reads `123.450` as the number 123.45 and loses the last zero.
 */
export const associationRegisterNumberSchema = z
  .union([z.string(), z.number()])
  .superRefine((value, ctx) => {
    if (typeof value === 'number' && !Number.isInteger(value)) {
      ctx.addIssue({ code: 'custom', message: schemaMessage('registerNumberInQuotes') });
    } else if (!/^\d{1,3}(\.?\d{3})*$/.test(String(value).trim())) {
      ctx.addIssue({ code: 'custom', message: schemaMessage('registerNumber') });
    }
  })
  .transform((value) => String(value).trim());

/** Official identifiers of an actor (after HSDS `organization_identifier`). */
export const identifiersSchema = z
  .object({
    /** Finnish business ID (Y-tunnus), checked by its check digit. */
    businessId: businessIdSchema.optional(),
    /** Register of Associations number (yhdistysrekisterinumero). */
    associationRegisterNumber: associationRegisterNumberSchema.optional(),
  })
  .strict();
