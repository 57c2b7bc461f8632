import type { PageContext } from '../page-context';
import type { Actor } from '~/schemas/actor';
import type { Event } from '~/schemas/event';
import type { Fruit } from '~/schemas/fruit';
import { municipalityOfId } from '../entry-id';
import { formatSpan, formatWhen } from '../format';
import { localize, type Shown } from '../localize';
import { placeOf, type Entry } from '../site-index';
import { urls } from '../urls';

/** One step of the breadcrumb trail; the last one is the current page and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** A link whose label may be in another language than the page (a fallback). */
export interface TextLink {
  label: Shown;
  href: string;
}

/** An actor in a listing. */
export interface ActorItem {
  name: string;
  href: string;
  kind: string;
  description: Shown;
  /** "tauolla" for inactive actors; nothing for active ones. */
  status?: string;
  /** Where an actor from another municipality is based, in a municipality's listing. */
  basedElsewhere?: string;
}

/** A fruit in a listing. */
export interface FruitItem {
  title: Shown;
  href: string;
  when: string;
  kind: string;
  attraction: boolean;
  summary: Shown;
  municipality: string;
}

/** An event in a listing. */
export interface EventItem {
  title: Shown;
  href: string;
  when: string;
  /** Machine-readable start for `<time datetime>`. */
  datetime: string;
  place: string;
  municipality: string;
  attendance?: number;
}

/**
 * An actor in a listing. Listed under another municipality than its own (`workingIn`), it
 * says where it is based, in the same words everywhere: "Alajärvi, toimii myös kunnassa Vimpeli".
 */
export function actorItem(actor: Entry<Actor>, ctx: PageContext, workingIn?: string): ActorItem {
  const { lang, t } = ctx;
  const home = municipalityOfId(actor.id);
  return {
    name: actor.data.name,
    href: urls.actor(lang, actor.id),
    kind: t(`actorKind.${actor.data.kind}`),
    description: localize(actor.data.description, lang),
    ...(actor.data.status === 'active' ? {} : { status: t(`actor.status.${actor.data.status}`) }),
    ...(workingIn && workingIn !== home ? { basedElsewhere: basedElsewhere(ctx, home, workingIn) } : {}),
  };
}

/** "Alajärvi, toimii myös kunnassa Vimpeli": an actor from `home` at work in `workingIn`. */
export function basedElsewhere({ index, lang, t }: PageContext, home: string, workingIn: string): string {
  const name = (id: string) => localize(index.municipality.get(id)!.data.name, lang).text;
  return t('counts.basedElsewhere', { home: name(home), municipality: name(workingIn) });
}

export function fruitItem(fruit: Entry<Fruit>, { lang, t, index }: PageContext): FruitItem {
  const municipality = index.municipality.get(municipalityOfId(fruit.id))!;
  return {
    title: localize(fruit.data.title, lang),
    href: urls.fruit(lang, fruit.id),
    when: formatWhen(fruit.data.date, lang),
    kind: t(`fruitKind.${fruit.data.kind}`),
    attraction: fruit.data.attraction,
    summary: localize(fruit.data.summary, lang),
    municipality: localize(municipality.data.name, lang).text,
  };
}

export function eventItem(event: Entry<Event>, { lang, index }: PageContext): EventItem {
  const municipality = index.municipality.get(municipalityOfId(event.id))!;
  return {
    title: localize(event.data.title, lang),
    href: urls.event(lang, event.id),
    when: formatSpan(event.data.start, event.data.end, lang),
    datetime: event.data.start.replace(' ', 'T'),
    place: placeOf(index, event).name,
    municipality: localize(municipality.data.name, lang).text,
    ...(event.data.attendance ? { attendance: event.data.attendance.count } : {}),
  };
}

/** A link to an actor's page; names are proper names, shown as written in every edition. */
export function actorLink({ index, lang }: PageContext, actorId: string): TextLink {
  return { label: { text: index.actor.get(actorId)!.data.name, lang, fallback: false }, href: urls.actor(lang, actorId) };
}

/** A link to a branch's page in one municipality, named in the reader's language. */
export function branchLink({ index, lang }: PageContext, municipalityId: string, branchId: string): TextLink {
  return { label: localize(index.branch.get(branchId)!.data.name, lang), href: urls.branch(lang, municipalityId, branchId) };
}

/** Breadcrumbs from the front page through a municipality to the current page. */
export function crumbs(ctx: PageContext, municipalityId: string | undefined, ...rest: Crumb[]): Crumb[] {
  const trail: Crumb[] = [{ label: ctx.t('nav.home'), href: urls.home(ctx.lang) }];
  if (municipalityId) {
    const municipality = ctx.index.municipality.get(municipalityId)!;
    trail.push({ label: localize(municipality.data.name, ctx.lang).text, href: urls.municipality(ctx.lang, municipalityId) });
  }
  trail.push(...rest);
  const last = trail.at(-1)!;
  trail[trail.length - 1] = { label: last.label };
  return trail;
}
