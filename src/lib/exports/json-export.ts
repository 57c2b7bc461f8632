import type { Actor } from '~/schemas/actor';
import type { Event } from '~/schemas/event';
import type { Fruit } from '~/schemas/fruit';
import { languages } from '~/i18n/languages';
import type { LocalizedText } from '~/schemas/localized-text';
import { compact } from '../compact';
import { municipalityOfId } from '../entry-id';
import { internationalPhone } from '../format';
import { helsinkiToInstant, toIsoWithOffset } from '../helsinki-time';
import { placeOf, type Entry } from '../site-index';
import { urls } from '../urls';
import type { PageContext } from '../page-context';
import type { JsonDataset } from './json-schemas';

type Item = Record<string, unknown>;

/** Localised text exactly as written, in the registry's order: `{ fi, sv?, en?, … }`. */
function texts(text: LocalizedText): Item {
  return compact(Object.fromEntries(languages.map((lang) => [lang, text[lang]])));
}

function actorItem(actor: Entry<Actor>, page: (path: string) => string): Item {
  const { data } = actor;
  return compact({
    id: actor.id,
    name: data.name,
    alternateName: data.alternateName,
    kind: data.kind,
    municipality: municipalityOfId(actor.id),
    serves: data.serves,
    branches: data.branches,
    description: texts(data.description),
    email: data.email,
    website: data.website,
    address: data.address,
    contacts: data.contacts.map((contact) =>
      compact({
        title: texts(contact.title),
        name: contact.name,
        email: contact.email,
        phones: contact.phones.map((phone) =>
          compact({
            number: internationalPhone(phone.number),
            type: phone.type,
            description: phone.description && texts(phone.description),
          }),
        ),
      }),
    ),
    businessId: data.identifiers.businessId,
    associationRegisterNumber: data.identifiers.associationRegisterNumber,
    languages: data.languages,
    status: data.status,
    verified: data.verified,
    url: page(urls.actor('fi', actor.id)),
  });
}

function fruitItem(fruit: Entry<Fruit>, page: (path: string) => string): Item {
  const { data } = fruit;
  return compact({
    id: fruit.id,
    municipality: municipalityOfId(fruit.id),
    title: texts(data.title),
    branch: data.branch,
    partners: data.partners,
    date: data.date,
    kind: data.kind,
    attraction: data.attraction,
    summary: texts(data.summary),
    image: data.image && { url: page(data.image.src), alt: texts(data.image.alt) },
    url: page(urls.fruit('fi', fruit.id)),
  });
}

function eventItem(ctx: PageContext, event: Entry<Event>, page: (path: string) => string): Item {
  const { data } = event;
  return compact({
    id: event.id,
    municipality: municipalityOfId(event.id),
    title: texts(data.title),
    start: toIsoWithOffset(data.start),
    end: data.end && toIsoWithOffset(data.end),
    status: data.status,
    place: compact({ ...placeOf(ctx.index, event) }),
    audience: data.audience,
    organisers: data.organisers,
    branch: data.branch,
    kind: data.kind,
    attendance: data.attendance?.count,
    summary: texts(data.summary),
    url: page(urls.event('fi', event.id)),
  });
}

/** The items of one JSON dataset: every entry of its kind, defunct actors and past events too. */
export function datasetItems(ctx: PageContext, dataset: JsonDataset, site: URL): Item[] {
  const { index } = ctx;
  const page = (path: string) => new URL(path, site).href;
  switch (dataset) {
    case 'kunnat':
      return index.municipalities.map(({ id, data }) => ({
        id,
        name: texts(data.name),
        code: data.code,
        region: { name: texts(data.region.name), code: data.region.code },
        website: data.website,
        url: page(urls.municipality('fi', id)),
      }));
    case 'kasvustot':
      return index.branchesInOrder.map(({ entry: { id, data } }) =>
        compact({ id, name: texts(data.name), description: texts(data.description), parent: data.parent, order: data.order }),
      );
    case 'toimijat':
      return index.actors.map((actor) => actorItem(actor, page));
    case 'hedelmat':
      return index.fruits.map((fruit) => fruitItem(fruit, page));
    case 'tapahtumat':
      return index.events.map((event) => eventItem(ctx, event, page));
  }
}

/** A whole dataset file: its schema, licence, source and build time, then the items. */
export function datasetDocument(ctx: PageContext, dataset: JsonDataset, site: URL, schemaPath: string): Item {
  return {
    $schema: new URL(schemaPath, site).href,
    licence: ctx.settings.openDataLicence,
    source: new URL(urls.home('fi'), site).href,
    generated: helsinkiToInstant(ctx.now).toISOString(),
    items: datasetItems(ctx, dataset, site),
  };
}
