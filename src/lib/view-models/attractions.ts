import type { Event } from '~/schemas/event';
import type { Fruit } from '~/schemas/fruit';
import { municipalityOfId } from '../entry-id';
import { isUpcoming } from '../events/event-facts';
import { groupBy } from '../group-by';
import { formatWhen } from '../format';
import { toIsoWithOffset } from '../helsinki-time';
import { localize, type Shown } from '../localize';
import type { Entry } from '../site-index';
import { urls } from '../urls';
import { actorLink, branchLink, crumbs, eventItem, type Crumb, type EventItem, type TextLink } from './common';
import type { PageContext } from '../page-context';
import { nextSteps, type NextStep } from './next-steps';

/** How many coming events an attraction shows; the calendar has the rest. */
const EVENTS_PER_ATTRACTION = 3;

/** A fruit of partnership that is also worth a visit, as a visitor reads it. */
export interface Attraction {
  id: string;
  title: Shown;
  href: string;
  summary: Shown;
  when: string;
  municipality: TextLink;
  branch: TextLink;
  partners: TextLink[];
  image?: { src: string; alt: Shown };
  /** Coming events by its partners, or on its branch in its municipality. */
  events: EventItem[];
}

/** Up to this many attractions the region's guide shows whole; above it, titles by municipality. */
const REGION_CARDS_MAX = 24;
/** Titles per municipality on a compact region guide; its own guide has them all. */
const REGION_TITLES_PER_MUNICIPALITY = 5;

export interface AttractionsPage {
  heading: string;
  intro: string;
  /** By municipality on the region's guide; one group on a municipality's own. */
  groups: {
    municipality: TextLink;
    /** Whole cards; empty on a compact region guide, which lists `titles` instead. */
    attractions: Attraction[];
    titles: TextLink[];
    count: number;
  }[];
  compact: boolean;
  /** How many municipalities the region's guide leaves out for having no attraction yet (0 on a municipality's own). */
  leftOut: number;
  /** A municipality's own guide with nothing yet: how to add something, and where else to look. */
  nextSteps?: NextStep[];
  jsonLd: Record<string, unknown>;
  breadcrumbs: Crumb[];
}

function upcomingRelatedEvents(ctx: PageContext, fruit: Entry<Fruit>): Entry<Event>[] {
  const partners = new Set(fruit.data.partners);
  const municipalityId = municipalityOfId(fruit.id);
  return ctx.index.events
    .filter((event) => isUpcoming(event.data, ctx.now))
    .filter(
      (event) =>
        event.data.organisers.some((organiser) => partners.has(organiser)) ||
        (event.data.branch === fruit.data.branch && municipalityOfId(event.id) === municipalityId),
    )
    .slice(0, EVENTS_PER_ATTRACTION);
}

export function attractionOf(ctx: PageContext, fruit: Entry<Fruit>): Attraction {
  const { index, lang } = ctx;
  const municipalityId = municipalityOfId(fruit.id);
  const { data } = fruit;
  return {
    id: fruit.id,
    title: localize(data.title, lang),
    href: urls.fruit(lang, fruit.id),
    summary: localize(data.summary, lang),
    when: formatWhen(data.date, lang),
    municipality: {
      label: localize(index.municipality.get(municipalityId)!.data.name, lang),
      href: urls.municipality(lang, municipalityId),
    },
    branch: branchLink(ctx, municipalityId, data.branch),
    partners: data.partners.map((id) => actorLink(ctx, id)),
    ...(data.image ? { image: { src: data.image.src, alt: localize(data.image.alt, lang) } } : {}),
    events: upcomingRelatedEvents(ctx, fruit).map((event) => eventItem(event, ctx)),
  };
}

/** The attraction fruits of one municipality, or of every municipality. */
export function attractionFruits(ctx: PageContext, municipalityId?: string): Entry<Fruit>[] {
  const fruits = municipalityId ? (ctx.index.fruitsOf.get(municipalityId) ?? []) : ctx.index.fruits;
  return fruits.filter((fruit) => fruit.data.attraction);
}

/** schema.org `TouristAttraction`s, the events linked to them, in one graph. */
function attractionsJsonLd(ctx: PageContext, fruits: Entry<Fruit>[], site: URL): Record<string, unknown> {
  const { index, lang } = ctx;
  return {
    '@context': 'https://schema.org',
    '@graph': fruits.map((fruit) => {
      const municipality = index.municipality.get(municipalityOfId(fruit.id))!.data;
      const events = upcomingRelatedEvents(ctx, fruit);
      return {
        '@type': 'TouristAttraction',
        '@id': new URL(`${urls.fruit(lang, fruit.id)}#kohde`, site).href,
        name: localize(fruit.data.title, lang).text,
        description: localize(fruit.data.summary, lang).text,
        url: new URL(urls.fruit(lang, fruit.id), site).href,
        ...(fruit.data.image ? { image: new URL(fruit.data.image.src, site).href } : {}),
        address: {
          '@type': 'PostalAddress',
          addressLocality: localize(municipality.name, lang).text,
          addressRegion: localize(municipality.region.name, lang).text,
          addressCountry: 'FI',
        },
        ...(events.length
          ? {
              subjectOf: events.map((event) => ({
                '@type': 'Event',
                name: localize(event.data.title, lang).text,
                startDate: toIsoWithOffset(event.data.start),
                url: new URL(urls.event(lang, event.id), site).href,
              })),
            }
          : {}),
      };
    }),
  };
}

/** The attractions guide: the region's (no municipality) or one municipality's. */
export function buildAttractionsPage(ctx: PageContext, site: URL, municipalityId?: string): AttractionsPage {
  const { index, lang, t } = ctx;
  const fruits = attractionFruits(ctx, municipalityId);
  const municipalities = municipalityId ? [index.municipality.get(municipalityId)!] : index.municipalities;
  const link = (id: string): TextLink => ({
    label: localize(index.municipality.get(id)!.data.name, lang),
    href: urls.attractions(lang, id),
  });
  const byMunicipality = groupBy(fruits, (fruit) => [municipalityOfId(fruit.id)]);
  const compact = !municipalityId && fruits.length > REGION_CARDS_MAX;
  const groups = municipalities
    .filter((municipality) => byMunicipality.has(municipality.id))
    .map((municipality) => {
      const own = byMunicipality.get(municipality.id)!;
      return {
        municipality: link(municipality.id),
        attractions: compact ? [] : own.map((fruit) => attractionOf(ctx, fruit)),
        titles: compact
          ? own
              .slice(0, REGION_TITLES_PER_MUNICIPALITY)
              .map((fruit) => ({ label: localize(fruit.data.title, lang), href: urls.fruit(lang, fruit.id) }))
          : [],
        count: own.length,
      };
    });
  const name = municipalityId ? localize(index.municipality.get(municipalityId)!.data.name, lang).text : undefined;
  const heading = name ? t('attractions.municipalityHeading', { municipality: name }) : t('attractions.heading');
  return {
    heading,
    intro: t('attractions.intro'),
    groups,
    compact,
    leftOut: municipalityId ? 0 : municipalities.filter((municipality) => !byMunicipality.has(municipality.id)).length,
    ...(municipalityId && fruits.length === 0 ? { nextSteps: nextSteps(ctx, municipalityId) } : {}),
    // Structured data describes the attractions this page shows whole.
    jsonLd: attractionsJsonLd(ctx, compact ? [] : fruits, site),
    breadcrumbs: crumbs(ctx, municipalityId, { label: heading }),
  };
}
