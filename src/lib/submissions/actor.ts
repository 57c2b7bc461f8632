import { actorSchema } from '~/schemas/actor';
import { compact } from '../compact';
import { fileSlug } from '../scaffold';
import { isTicked, lineOf, listOf, textOf, type FormValues } from './values';

/** The fields of the "Ilmoita toimija" form, whose names the page's inputs and messages share. */
const ACTOR_FIELDS = [
  'name',
  'municipality',
  'kind',
  'branches',
  'description',
  'email',
  'website',
  'street',
  'postalCode',
  'city',
  'contactRole',
  'contactName',
  'contactEmail',
  'contactPhone',
  'businessId',
  'associationRegisterNumber',
  'body',
  'senderName',
  'senderEmail',
  'senderPhone',
  'consent',
] as const;

export type ActorField = (typeof ACTOR_FIELDS)[number];

/** The address, when any part of it is given; the schema then asks for the missing parts. */
function addressOf(values: FormValues): Record<string, unknown> | undefined {
  const address = compact({
    street: lineOf(values, 'street'),
    postalCode: lineOf(values, 'postalCode'),
    city: lineOf(values, 'city'),
  });
  return Object.keys(address).length ? address : undefined;
}

/** The role contact, when any part of it is given. */
function contactOf(values: FormValues): Record<string, unknown> | undefined {
  const phone = lineOf(values, 'contactPhone');
  const contact = compact({
    title: lineOf(values, 'contactRole'),
    name: lineOf(values, 'contactName'),
    email: lineOf(values, 'contactEmail'),
    phones: phone ? [phone] : undefined,
  });
  return Object.keys(contact).length ? contact : undefined;
}

/**
 * The actor's fields as they go into its frontmatter, confirmed `today` by the sender. With
 * `personal` false (no consent) the role contact is left out, as it may name or reach a
 * person; the check runs with it, so that a wrong phone number is still caught.
 */
export function actorData(values: FormValues, today: string, personal = isTicked(values, 'consent')): Record<string, unknown> {
  const contact = personal ? contactOf(values) : undefined;
  const identifiers = compact({
    businessId: lineOf(values, 'businessId'),
    associationRegisterNumber: lineOf(values, 'associationRegisterNumber'),
  });
  return compact({
    name: lineOf(values, 'name'),
    kind: textOf(values, 'kind'),
    branches: listOf(values, 'branches'),
    description: lineOf(values, 'description'),
    contacts: contact ? [contact] : undefined,
    email: lineOf(values, 'email'),
    website: lineOf(values, 'website'),
    address: addressOf(values),
    identifiers: Object.keys(identifiers).length ? identifiers : undefined,
    verified: today,
  });
}

/** The role contact in one line for staff, when it is not published. */
export function contactLineOf(values: FormValues): string | undefined {
  const parts = ['contactRole', 'contactName', 'contactEmail', 'contactPhone']
    .map((name) => lineOf(values, name))
    .filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** The Markdown body: the longer presentation the sender wrote. */
export function actorBody(values: FormValues): string {
  return textOf(values, 'body') ?? '';
}

/** The actor's file name from its name, by the project's slug rules (`Kurejoen Nuorisoseura ry` → `kurejoen-nuorisoseura-ry`). */
export function actorSlug(values: FormValues): string {
  return fileSlug(lineOf(values, 'name') ?? '') || 'toimija';
}

const IDENTIFIER_FIELDS: Record<string, ActorField> = {
  businessId: 'businessId',
  associationRegisterNumber: 'associationRegisterNumber',
};
const ADDRESS_FIELDS: Record<string, ActorField> = { street: 'street', postalCode: 'postalCode', city: 'city' };
const CONTACT_FIELDS: Record<string, ActorField> = {
  title: 'contactRole',
  name: 'contactName',
  email: 'contactEmail',
  phones: 'contactPhone',
};

/** The form field that a problem in the actor's data belongs to. */
export function actorFieldOf(path: readonly (string | number)[]): ActorField | undefined {
  const [top, next, third] = path;
  switch (top) {
    case 'name':
    case 'kind':
    case 'branches':
    case 'description':
    case 'email':
    case 'website':
      return top;
    case 'address':
      return ADDRESS_FIELDS[String(next)] ?? 'street';
    case 'identifiers':
      return IDENTIFIER_FIELDS[String(next)];
    case 'contacts':
      return CONTACT_FIELDS[String(third)] ?? 'contactRole';
    default:
      return undefined;
  }
}

/** The schema every actor file is checked with, and a valid actor to stand in for fields with other problems. */
export const actorCheck = {
  schema: actorSchema,
  baseline: {
    name: 'Toimija',
    kind: 'other',
    branches: ['kasvusto'],
    description: 'Toimija.',
    verified: '2000-01-01',
  },
  dependsOn: {},
};
