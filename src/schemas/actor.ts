import { z } from 'astro/zod';
import { calendarDateSchema } from './dates';
import { contactSchema, emailSchema } from './contact';
import { identifiersSchema } from './identifiers';
import { localizedTextSchema } from './localized-text';
import { expects } from './messages';
import { branchRefSchema, municipalityRefSchema } from './references';
import { webUrlSchema } from './url';

/** What sort of actor an entry is. */
export const actorKinds = [
  'association',
  'club',
  'village-society',
  'company',
  'public-service',
  'parish',
  'project',
  'other',
] as const;

/** Whether an actor is still running (after HSDS service `status`). */
export const actorStatuses = ['active', 'inactive', 'defunct'] as const;

/** A postal or visiting address (after HSDS `address`). */
export const addressSchema = z
  .object({
    /** Street address, e.g. "Kauppatie 1". */
    street: z.string().trim().min(1),
    /** Postal code of five digits. */
    postalCode: z
      .union([z.string(), z.number()])
      .transform(String)
      .refine((value) => /^\d{5}$/.test(value), expects('postalCode')),
    /** Post office or town, e.g. "Alajärvi". */
    city: z.string().trim().min(1),
  })
  .strict();

/**
 * An actor (toimija) of a municipality: an association, club, village society, company, public
 * service, parish or project. One Markdown file in `content/actors/<municipality>/`; the folder
 * names the home municipality and the Markdown body is the longer presentation.
 */
export const actorSchema = z
  .object({
    /** The actor's name as it is registered, e.g. "Vimpelin SPR". */
    name: z.string().trim().min(1, expects('actorName')),
    /** Another name it is known by, e.g. an abbreviation. */
    alternateName: z.string().trim().min(1).optional(),
    /** What sort of actor this is. */
    kind: z.enum(actorKinds),
    /** Ids of the wellbeing-tree branches it belongs to, most important first. */
    branches: z.array(branchRefSchema).min(1, expects('atLeastOneBranch')),
    /** One or two sentences on what the actor does; shown in listings. */
    description: localizedTextSchema,
    /** Other municipalities where the actor also works, e.g. a joint project. */
    serves: z.array(municipalityRefSchema).default([]),
    /** Role contacts; names of persons only with their consent. */
    contacts: z.array(contactSchema).default([]),
    /** A general email address of the actor. */
    email: emailSchema.optional(),
    /** The actor's own website. */
    website: webUrlSchema.optional(),
    /** Where to find the actor. */
    address: addressSchema.optional(),
    /** Official identifiers. */
    identifiers: identifiersSchema.default({}),
    /** Languages the actor serves people in, as codes such as `fi`, `sv`, `en`. */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, expects('languageCode'))).default(['fi']),
    /** Whether the actor is running; defunct actors leave the listings but keep their page. */
    status: z.enum(actorStatuses).default('active'),
    /** The date a person last confirmed that the entry is correct (not the date of the last edit). */
    verified: calendarDateSchema,
    /** A note for staff about sources or open questions; shown to staff on /henkilokunta/vahvistettavat/, never on public pages. */
    note: localizedTextSchema.optional(),
  })
  .strict();

export type Actor = z.output<typeof actorSchema>;
export type ActorKind = (typeof actorKinds)[number];
export type ActorStatus = (typeof actorStatuses)[number];
