import { languageName } from '~/i18n/languages';
import { verification } from '~/config/verification';
import type { Actor } from '~/schemas/actor';
import { municipalityOfId } from '../entry-id';
import { formatDate, formatSpan, formatWhen, internationalPhone, telHref } from '../format';
import { localize, type Shown } from '../localize';
import type { Entry } from '../site-index';
import { urls } from '../urls';
import { isStale } from '../verification';
import { crumbs, type Crumb, type TextLink } from './common';
import type { PageContext } from '../page-context';
import { correctionBox, type CorrectionBox } from './correction-box';

export interface ContactLink {
  text: string;
  href: string;
}

export interface ContactCard {
  title: Shown;
  name?: string;
  email?: ContactLink;
  phones: (ContactLink & { type: string; description?: Shown })[];
}

export interface ActorPage {
  name: string;
  alternateName?: string;
  kind: string;
  status: { label: string; defunct: boolean; active: boolean };
  description: Shown;
  municipality: TextLink;
  contacts: ContactCard[];
  email?: ContactLink;
  website?: ContactLink;
  address?: string;
  branches: TextLink[];
  serves: TextLink[];
  languages: string[];
  identifiers: { label: string; value: string }[];
  fruits: (TextLink & { when: string })[];
  events: (TextLink & { when: string })[];
  verified: { text: string; datetime: string };
  /**
   * A short line for readers when the details were last confirmed longer ago than
   * `src/config/verification.ts` allows (never for a defunct actor). The staff's own `note` is
   * not here: it is shown only on the staff report `/henkilokunta/vahvistettavat/`.
   */
  confirmation?: { stale: true; text: string; date: string; datetime: string };
  jsonLd: Record<string, unknown>;
  /** Where staff and readers can correct the entry (the editor, the form, the forge, email). */
  corrections: CorrectionBox;
  breadcrumbs: Crumb[];
}

const SCHEMA_TYPES: Record<Actor['kind'], string> = {
  association: 'NGO',
  club: 'SportsOrganization',
  'village-society': 'NGO',
  company: 'Corporation',
  'public-service': 'GovernmentOrganization',
  parish: 'Organization',
  project: 'Project',
  other: 'Organization',
};

function mailto(email: string): ContactLink {
  return { text: email, href: `mailto:${email}` };
}

/** An actor's page: contact card, branches, fruits, events and schema.org Organization data. */
export function buildActorPage(ctx: PageContext, actorId: string, siteUrl: URL): ActorPage {
  const { index, lang, t } = ctx;
  const actor = index.actor.get(actorId)!;
  const { data } = actor;
  const municipalityId = municipalityOfId(actorId);
  const municipality = index.municipality.get(municipalityId)!;
  const address = data.address ? `${data.address.street}, ${data.address.postalCode} ${data.address.city}` : undefined;
  const contacts: ContactCard[] = data.contacts.map((contact) => ({
    title: localize(contact.title, lang),
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.email ? { email: mailto(contact.email) } : {}),
    phones: contact.phones.map((phone) => ({
      text: phone.number,
      href: telHref(phone.number),
      type: t(`phoneType.${phone.type}`),
      ...(phone.description ? { description: localize(phone.description, lang) } : {}),
    })),
  }));
  const identifiers = [
    ...(data.identifiers.businessId ? [{ label: t('actor.businessId'), value: data.identifiers.businessId }] : []),
    ...(data.identifiers.associationRegisterNumber
      ? [{ label: t('actor.associationRegisterNumber'), value: data.identifiers.associationRegisterNumber }]
      : []),
  ];
  return {
    name: data.name,
    ...(data.alternateName ? { alternateName: data.alternateName } : {}),
    kind: t(`actorKind.${data.kind}`),
    status: { label: t(`actor.status.${data.status}`), defunct: data.status === 'defunct', active: data.status === 'active' },
    description: localize(data.description, lang),
    municipality: { label: localize(municipality.data.name, lang), href: urls.municipality(lang, municipalityId) },
    contacts,
    ...(data.email ? { email: mailto(data.email) } : {}),
    ...(data.website
      ? { website: { text: data.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), href: data.website } }
      : {}),
    ...(address ? { address } : {}),
    branches: data.branches.map((id) => ({
      label: localize(index.branch.get(id)!.data.name, lang),
      href: urls.branch(lang, municipalityId, id),
    })),
    serves: data.serves.map((id) => ({
      label: localize(index.municipality.get(id)!.data.name, lang),
      href: urls.municipality(lang, id),
    })),
    languages: data.languages.map((code) => languageName(code, lang)),
    identifiers,
    fruits: (index.fruitsByPartner.get(actorId) ?? []).map((fruit) => ({
      label: localize(fruit.data.title, lang),
      href: urls.fruit(lang, fruit.id),
      when: formatWhen(fruit.data.date, lang),
    })),
    events: (index.eventsByOrganiser.get(actorId) ?? []).map((event) => ({
      label: localize(event.data.title, lang),
      href: urls.event(lang, event.id),
      when: formatSpan(event.data.start, event.data.end, lang),
    })),
    verified: { text: formatDate(data.verified, lang), datetime: data.verified },
    ...(data.status !== 'defunct' && isStale(data.verified, ctx.now.slice(0, 10), verification.maxAgeMonths)
      ? { confirmation: staleConfirmation(ctx, data.verified) }
      : {}),
    jsonLd: organizationJsonLd(actor, new URL(urls.actor(lang, actorId), siteUrl).href, address),
    corrections: correctionBox(ctx, {
      collection: 'actors',
      id: actorId,
      title: data.name,
      pageUrl: new URL(urls.actor(lang, actorId), siteUrl).href,
    }),
    breadcrumbs: crumbs(ctx, municipalityId, { label: data.name }),
  };
}

/** The line that says when stale details were last confirmed, in the edition's language. */
function staleConfirmation(ctx: PageContext, verified: string): NonNullable<ActorPage['confirmation']> {
  const date = formatDate(verified, ctx.lang);
  return { stale: true, text: ctx.t('actor.staleNotice', { date }), date, datetime: verified };
}

/** schema.org Organization data for search engines and other directories. */
function organizationJsonLd(actor: Entry<Actor>, pageUrl: string, address: string | undefined): Record<string, unknown> {
  const { data } = actor;
  const phones = data.contacts.flatMap((contact) => contact.phones.map((phone) => internationalPhone(phone.number)));
  const emails = [data.email, ...data.contacts.map((contact) => contact.email)].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[data.kind],
    '@id': pageUrl,
    url: data.website ?? pageUrl,
    name: data.name,
    ...(data.alternateName ? { alternateName: data.alternateName } : {}),
    description: data.description.fi,
    ...(emails[0] ? { email: emails[0] } : {}),
    ...(phones[0] ? { telephone: phones[0] } : {}),
    ...(address && data.address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: data.address.street,
            postalCode: data.address.postalCode,
            addressLocality: data.address.city,
            addressCountry: 'FI',
          },
        }
      : {}),
    ...(data.identifiers.businessId ? { taxID: data.identifiers.businessId } : {}),
    ...(data.contacts.length
      ? {
          contactPoint: data.contacts.map((contact) => ({
            '@type': 'ContactPoint',
            contactType: contact.title.fi,
            ...(contact.email ? { email: contact.email } : {}),
            ...(contact.phones[0] ? { telephone: internationalPhone(contact.phones[0].number) } : {}),
          })),
        }
      : {}),
    ...(data.status === 'defunct' ? { dissolutionDate: data.verified } : {}),
  };
}
