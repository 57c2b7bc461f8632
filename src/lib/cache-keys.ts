import { createHash } from 'node:crypto';
import { hasEnded } from './events/event-facts';
import { municipalityOfId } from './entry-id';
import type { SiteIndex } from './site-index';

/**
 * Keys for Astro's incremental build: a page is copied from the previous build only when its
 * key is the same, so a key must change whenever anything the page shows changes. Astro itself
 * adds the page's code and dictionaries (its module graph), the configuration and the lock file.
 *
 * Pages about one entry (actor, fruit, event) are keyed by their own view model, which is
 * exactly what they show. Pages about a municipality are keyed by the digests of everything in
 * that municipality and one step beyond it; region-wide pages by the whole site. Both include
 * which events have ended, since "now" moves between builds while content stays the same.
 */

/** What keys are computed from: the content's index and digests, the build's "now" and the settings. */
export interface KeyContext {
  index: SiteIndex;
  /** The digest of each entry's file (frontmatter and body), by `collection:id`. */
  digests: ReadonlyMap<string, string>;
  /** The build's Helsinki time, `YYYY-MM-DD HH:MM`. */
  now: string;
  /** Everything else a page depends on that is not content: site address, editions, links. */
  settings: unknown;
}

/** A short digest of plain data: the same data in the same order always gives the same key. */
export function digestOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 24);
}

type Collection = 'municipalities' | 'branches' | 'actors' | 'fruits' | 'events' | 'channels' | 'venues' | 'pages';

/** The set of entries a page is drawn from, with the events whose ended state it shows. */
class Scope {
  readonly ids = new Set<string>();
  readonly events = new Map<string, SiteIndex['events'][number]>();
  constructor(private readonly index: SiteIndex) {}

  add(collection: Collection, id: string | undefined): this {
    if (id) this.ids.add(`${collection}:${id}`);
    return this;
  }

  addActor(id: string): this {
    return this.add('actors', id);
  }

  addFruit(fruit: SiteIndex['fruits'][number]): this {
    this.add('fruits', fruit.id);
    fruit.data.partners.forEach((partner) => this.addActor(partner));
    return this;
  }

  addEvent(event: SiteIndex['events'][number]): this {
    this.add('events', event.id).add('venues', event.data.venue);
    this.events.set(event.id, event);
    event.data.organisers.forEach((organiser) => this.addActor(organiser));
    return this;
  }

  /** An actor with the fruits it shares and the events it organises, wherever they are. */
  addActorWithActivity(actorId: string): this {
    this.addActor(actorId);
    (this.index.fruitsByPartner.get(actorId) ?? []).forEach((fruit) => this.addFruit(fruit));
    (this.index.eventsByOrganiser.get(actorId) ?? []).forEach((event) => this.addEvent(event));
    return this;
  }
}

/** Entries every page may name: municipalities, branches and channels (small, and rarely edited). */
function sharedDigest(ctx: KeyContext): string {
  const shared = [...ctx.digests].filter(([key]) => /^(municipalities|branches|channels):/.test(key));
  return digestOf(shared);
}

let sharedCache: { ctx: KeyContext; digest: string } | undefined;

function keyOf(ctx: KeyContext, scope: Scope, ...extra: unknown[]): string {
  if (sharedCache?.ctx !== ctx) sharedCache = { ctx, digest: sharedDigest(ctx) };
  const entries = [...scope.ids].sort().map((key) => [key, ctx.digests.get(key) ?? 'missing']);
  const ended = [...scope.events.values()].filter((event) => hasEnded(event.data, ctx.now)).map((event) => event.id);
  return digestOf(ctx.settings, sharedCache.digest, entries, ended.sort(), ...extra);
}

/**
 * A municipality's pages (front, branches, calendar, movers, attractions, poster, exports):
 * its own actors, fruits, events and venues, the actors from elsewhere that serve it or share
 * its fruits and events, and everything those actors are counted or shown by (their fruits and
 * events anywhere in the region, such as an attraction's coming events organised by a partner).
 */
export function municipalityKey(ctx: KeyContext, municipalityId: string): string {
  const { index } = ctx;
  const scope = new Scope(index).add('municipalities', municipalityId);
  const actors = new Set<string>();
  for (const actor of [...(index.actorsOf.get(municipalityId) ?? []), ...(index.visitingActorsOf.get(municipalityId) ?? [])])
    actors.add(actor.id);
  for (const fruit of index.fruitsOf.get(municipalityId) ?? []) {
    scope.addFruit(fruit);
    fruit.data.partners.forEach((partner) => actors.add(partner));
  }
  for (const event of index.eventsOf.get(municipalityId) ?? []) {
    scope.addEvent(event);
    event.data.organisers.forEach((organiser) => actors.add(organiser));
  }
  for (const id of actors) scope.addActorWithActivity(id);
  for (const id of index.venue.keys()) if (municipalityOfId(id) === municipalityId) scope.add('venues', id);
  return keyOf(ctx, scope);
}

/** Region-wide pages: every entry, the ended events and today's date (for deadlines and reminders). */
export function siteKey(ctx: KeyContext): string {
  const scope = new Scope(ctx.index);
  for (const key of ctx.digests.keys()) scope.ids.add(key);
  ctx.index.events.forEach((event) => scope.events.set(event.id, event));
  return keyOf(ctx, scope, ctx.now.slice(0, 10));
}

/**
 * A page keyed by exactly what it shows: its view models, already resolved from the entries and
 * from "now", with the day (feeds stamp it) and the settings. An edit elsewhere that does not
 * change them, such as another actor's description, leaves the page cached.
 */
export function viewModelKey(ctx: KeyContext, ...viewModels: unknown[]): string {
  return digestOf(ctx.settings, ctx.now.slice(0, 10), ...viewModels);
}

/**
 * A page about one entry: its view model (everything it shows, already resolved from other
 * entries and from "now") and the digest of its own file, whose Markdown body it renders.
 */
export function entryPageKey(ctx: KeyContext, collection: Collection, id: string, ...viewModels: unknown[]): string {
  return digestOf(ctx.settings, ctx.digests.get(`${collection}:${id}`) ?? 'missing', ...viewModels);
}
