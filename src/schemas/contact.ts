import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text';
import { expects } from './messages';

/** A Finnish or international phone number: digits with optional spaces, dashes and a leading +. */
export const phoneNumberSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,22}[0-9]$/, expects('phoneNumber'))
  .refine((value) => value.replace(/\D/g, '').length >= 5, expects('phoneDigits'));

/** What kind of line a phone number is. */
export const phoneTypes = ['voice', 'text', 'fax'] as const;

/** One phone line of a contact, after Open Referral HSDS `phone`. */
export const phoneSchema = z
  .union([
    phoneNumberSchema,
    z
      .object({
        /** The number as it is dialled, e.g. `06 123 4567`. */
        number: phoneNumberSchema,
        /** What kind of line it is. */
        type: z.enum(phoneTypes).default('voice'),
        /** When to call or what the line is for, e.g. "arkisin klo 9–15". */
        description: localizedTextSchema.optional(),
      })
      .strict(),
  ])
  .transform((phone) => (typeof phone === 'string' ? { number: phone, type: 'voice' as const } : phone));

/** An email address, e.g. `info@yhdistys.fi`. */
export const emailSchema = z
  .string()
  .trim()
  .pipe(z.email(expects('email')));

/**
 * A way to reach an actor, by role rather than by person (after HSDS `contact`). Publishing a
 * person's name or personal phone needs their documented consent, so `name` is optional and
 * role addresses are preferred.
 */
export const contactSchema = z
  .object({
    /** The role, e.g. "puheenjohtaja", "sihteeri" or "toimisto". */
    title: localizedTextSchema,
    /** The person's name, only with their documented consent. */
    name: z.string().trim().min(1).optional(),
    /** An email address for this role. */
    email: emailSchema.optional(),
    /** Phone numbers for this role. */
    phones: z.array(phoneSchema).default([]),
  })
  .strict();

export type Contact = z.output<typeof contactSchema>;
export type Phone = z.output<typeof phoneSchema>;
