import type { Actor } from '~/schemas/actor';
import { municipalityOfId } from '../entry-id';
import { internationalPhone } from '../format';
import { localize } from '../localize';
import { actorsWorkingIn, type Entry } from '../site-index';
import { urls } from '../urls';
import type { PageContext } from '../page-context';
import { stableUuid } from './stable-uuid';

/** A phone line in international form, with what it is for. */
export interface PhoneFact {
  /** `+35861234567`. */
  number: string;
  type: 'voice' | 'text' | 'fax';
  description?: string;
}

/** A role contact of an actor. */
export interface RoleContactFact {
  title: string;
  name?: string;
  email?: string;
  phones: PhoneFact[];
}

/**
 * One actor's contact details, flattened once for every export (CSV, vCard, HSDS), so that
 * the exports cannot disagree with one another.
 */
export interface ContactFacts {
  id: string;
  uuid: string;
  name: string;
  alternateName?: string;
  kind: string;
  municipality: string;
  serves: string[];
  branches: string[];
  description: string;
  email?: string;
  website?: string;
  address?: { street: string; postalCode: string; city: string };
  contacts: RoleContactFact[];
  businessId?: string;
  associationRegisterNumber?: string;
  languages: string[];
  /** `YYYY-MM-DD`. */
  verified: string;
  /** The actor's page on this site. */
  pageUrl: string;
}

/** "puheenjohtaja: pj@yhdistys.fi, +358401234567" — one role contact as a line of text. */
export function roleContactText(contact: RoleContactFact): string {
  const phones = contact.phones.map((phone) => (phone.description ? `${phone.number} (${phone.description})` : phone.number));
  const ways = [contact.name, contact.email, ...phones].filter(Boolean);
  return ways.length ? `${contact.title}: ${ways.join(', ')}` : contact.title;
}

/** Active actors only: the ones a mailing or another directory should reach. */
export function activeActors(actors: Entry<Actor>[]): Entry<Actor>[] {
  return actors.filter((actor) => actor.data.status === 'active');
}

/**
 * The active actors of one municipality's exports: its own, then those from elsewhere that
 * also work there. Without a municipality: every active actor of the region, once.
 */
export function actorsForExport(ctx: PageContext, municipalityId?: string): Entry<Actor>[] {
  if (!municipalityId) return activeActors(ctx.index.actors);
  return activeActors(actorsWorkingIn(ctx.index, municipalityId));
}

export function contactFacts(ctx: PageContext, actor: Entry<Actor>, site: URL): ContactFacts {
  const { index, lang, t } = ctx;
  const { data } = actor;
  const municipalityName = (id: string) => localize(index.municipality.get(id)!.data.name, lang).text;
  return {
    id: actor.id,
    uuid: stableUuid('organization', actor.id),
    name: data.name,
    ...(data.alternateName ? { alternateName: data.alternateName } : {}),
    kind: t(`actorKind.${data.kind}`),
    municipality: municipalityName(municipalityOfId(actor.id)),
    serves: data.serves.map(municipalityName),
    branches: data.branches.map((id) => localize(index.branch.get(id)!.data.name, lang).text),
    description: localize(data.description, lang).text,
    ...(data.email ? { email: data.email } : {}),
    ...(data.website ? { website: data.website } : {}),
    ...(data.address ? { address: data.address } : {}),
    contacts: data.contacts.map((contact) => ({
      title: localize(contact.title, lang).text,
      ...(contact.name ? { name: contact.name } : {}),
      ...(contact.email ? { email: contact.email } : {}),
      phones: contact.phones.map((phone) => ({
        number: internationalPhone(phone.number),
        type: phone.type,
        ...(phone.description ? { description: localize(phone.description, lang).text } : {}),
      })),
    })),
    ...(data.identifiers.businessId ? { businessId: data.identifiers.businessId } : {}),
    ...(data.identifiers.associationRegisterNumber
      ? { associationRegisterNumber: data.identifiers.associationRegisterNumber }
      : {}),
    languages: data.languages,
    verified: String(data.verified).slice(0, 10),
    pageUrl: new URL(urls.actor(lang, actor.id), site).href,
  };
}
