import type { Actor } from '~/schemas/actor';
import { compact } from '../compact';
import { municipalityOfId } from '../entry-id';
import { localize } from '../localize';
import type { Entry } from '../site-index';
import type { PageContext } from '../page-context';
import { contactFacts } from './contact-facts';
import { stableUuid } from './stable-uuid';

/**
 * An export in the shape of Open Referral's Human Services Data Specification 3.0, so that
 * service directories which read HSDS can take the actors in: each active actor is an
 * `organization` with its `contacts` and their `phones`, a `location` with an `address`, its
 * identifiers, and its wellbeing-tree branches as `taxonomy_term`s linked by `attributes`.
 * Field names are HSDS's; ids are stable UUIDs derived from the entry ids.
 */

type Record_ = Record<string, unknown>;

const TAXONOMY_ID = stableUuid('taxonomy', 'hyvinvointipuu');

/** The wellbeing-tree branches as one HSDS taxonomy, sub-branches under their parents. */
export function hsdsTaxonomyTerms(ctx: PageContext, site: URL): Record_[] {
  return ctx.index.branchesInOrder.map(({ entry }) =>
    compact({
      id: stableUuid('taxonomy_term', entry.id),
      code: entry.id,
      name: localize(entry.data.name, ctx.lang).text,
      description: localize(entry.data.description, ctx.lang).text,
      parent_id: entry.data.parent && stableUuid('taxonomy_term', entry.data.parent),
      taxonomy: ctx.t('export.taxonomyName'),
      taxonomy_detail: {
        id: TAXONOMY_ID,
        name: ctx.t('export.taxonomyName'),
        description: ctx.t('export.taxonomyDescription'),
        uri: new URL('/avoin-data/kasvustot.json', site).href,
      },
      taxonomy_id: TAXONOMY_ID,
      language: ctx.lang,
    }),
  );
}

/** Active actors as HSDS organizations, each with everything nested in it. */
export function hsdsOrganizations(ctx: PageContext, actors: Entry<Actor>[], site: URL): Record_[] {
  const terms = new Map(hsdsTaxonomyTerms(ctx, site).map((term) => [term.code as string, term]));
  return actors.map((actor) => hsdsOrganization(ctx, actor, site, terms));
}

function hsdsOrganization(ctx: PageContext, actor: Entry<Actor>, site: URL, terms: Map<string, Record_>): Record_ {
  const facts = contactFacts(ctx, actor, site);
  const organizationId = facts.uuid;
  const region = ctx.index.municipality.get(municipalityOfId(actor.id))!.data.region;

  const contacts = facts.contacts.map((contact, position) => {
    const contactId = stableUuid('contact', `${actor.id}#${position}`);
    return compact({
      id: contactId,
      organization_id: organizationId,
      name: contact.name,
      title: contact.title,
      email: contact.email,
      phones: contact.phones.map((phone, line) =>
        compact({
          id: stableUuid('phone', `${actor.id}#${position}#${line}`),
          contact_id: contactId,
          number: phone.number,
          type: phone.type,
          description: phone.description,
        }),
      ),
    });
  });

  const locationId = stableUuid('location', actor.id);
  const locations = facts.address
    ? [
        {
          id: locationId,
          location_type: 'physical',
          organization_id: organizationId,
          name: facts.name,
          addresses: [
            {
              id: stableUuid('address', actor.id),
              location_id: locationId,
              address_1: facts.address.street,
              city: facts.address.city,
              state_province: localize(region.name, ctx.lang).text,
              postal_code: facts.address.postalCode,
              country: 'FI',
              address_type: 'physical',
            },
          ],
        },
      ]
    : [];

  const identifiers = [
    ['Y-tunnus', facts.businessId],
    ['Yhdistysrekisterinumero', facts.associationRegisterNumber],
  ].flatMap(([type, identifier]) =>
    identifier
      ? [
          {
            id: stableUuid('organization_identifier', `${actor.id}#${type}`),
            organization_id: organizationId,
            identifier_type: type,
            identifier,
          },
        ]
      : [],
  );

  return compact({
    id: organizationId,
    name: facts.name,
    alternate_name: facts.alternateName,
    description: facts.description,
    email: facts.email,
    website: facts.website,
    uri: facts.pageUrl,
    legal_status: facts.kind,
    contacts,
    phones: [],
    locations,
    organization_identifiers: identifiers,
    attributes: actor.data.branches.map((branchId) => {
      const term = terms.get(branchId)!;
      return {
        id: stableUuid('attribute', `${actor.id}#${branchId}`),
        link_id: organizationId,
        link_type: 'branch',
        link_entity: 'organization',
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      };
    }),
  });
}
