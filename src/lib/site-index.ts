import type { Actor } from '../schemas/actor';
import type { Branch } from '../schemas/branch';
import type { Channel } from '../schemas/channel';
import type { Event } from '../schemas/event';
import type { Fruit } from '../schemas/fruit';
import type { Municipality } from '../schemas/municipality';
import type { Venue } from '../schemas/venue';
import { municipalityOfId } from './entry-id';
import { groupBy } from './group-by';
import { finnishCollator } from './localize';

/** A content entry as plain data: what `getCollection` returns, minus Astro's extras. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** All content of the site, as plain data. */
export interface SiteContent {
  municipalities: Entry<Municipality>[];
  branches: Entry<Branch>[];
  actors: Entry<Actor>[];
  fruits: Entry<Fruit>[];
  events: Entry<Event>[];
  channels: Entry<Channel>[];
  venues: Entry<Venue>[];
}

/** A branch with its sub-branches, in display order. */
export interface BranchNode {
  entry: Entry<Branch>;
  depth: number;
  children: BranchNode[];
}

function byOrderThenName(a: Entry<Branch>, b: Entry<Branch>): number {
  return a.data.order - b.data.order || finnishCollator.compare(a.data.name.fi, b.data.name.fi);
}

/**
 * Lookups over the whole content, built once per build: entries by id, each municipality's
 * actors, fruits and events, and who partners in what. Every list is in a stable order
 * (Finnish alphabetical, events by time) so the same content builds the same pages.
 */
export function indexContent(content: SiteContent) {
  const actors = [...content.actors].sort(
    (a, b) => finnishCollator.compare(a.data.name, b.data.name) || a.id.localeCompare(b.id),
  );
  const fruits = [...content.fruits].sort(
    (a, b) => String(b.data.date).localeCompare(String(a.data.date)) || a.id.localeCompare(b.id),
  );
  const events = [...content.events].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
  const municipalities = [...content.municipalities].sort((a, b) => finnishCollator.compare(a.data.name.fi, b.data.name.fi));

  const childrenOf = groupBy(content.branches, (branch) => [branch.data.parent ?? '']);
  const toNode = (entry: Entry<Branch>, depth: number): BranchNode => ({
    entry,
    depth,
    children: [...(childrenOf.get(entry.id) ?? [])].sort(byOrderThenName).map((child) => toNode(child, depth + 1)),
  });
  const branchTree = [...(childrenOf.get('') ?? [])].sort(byOrderThenName).map((root) => toNode(root, 0));
  const flatten = (nodes: BranchNode[]): BranchNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

  return {
    municipalities,
    actors,
    fruits,
    events,
    branchTree,
    /** Every branch, parents before their children, in display order. */
    branchesInOrder: flatten(branchTree),
    municipality: new Map(municipalities.map((entry) => [entry.id, entry])),
    branch: new Map(content.branches.map((entry) => [entry.id, entry])),
    actor: new Map(actors.map((entry) => [entry.id, entry])),
    fruit: new Map(fruits.map((entry) => [entry.id, entry])),
    event: new Map(events.map((entry) => [entry.id, entry])),
    channels: [...content.channels].sort((a, b) => a.data.leadDays - b.data.leadDays || a.id.localeCompare(b.id)),
    channel: new Map(content.channels.map((entry) => [entry.id, entry])),
    venue: new Map(content.venues.map((entry) => [entry.id, entry])),
    /** Actors whose home folder is the municipality. */
    actorsOf: groupBy(actors, (actor) => [municipalityOfId(actor.id)]),
    /** Actors from elsewhere that also work in the municipality. */
    visitingActorsOf: groupBy(actors, (actor) => actor.data.serves),
    fruitsOf: groupBy(fruits, (fruit) => [municipalityOfId(fruit.id)]),
    eventsOf: groupBy(events, (event) => [municipalityOfId(event.id)]),
    fruitsByPartner: groupBy(fruits, (fruit) => fruit.data.partners),
    eventsByOrganiser: groupBy(events, (event) => event.data.organisers),
  };
}

export type SiteIndex = ReturnType<typeof indexContent>;

/** Whether an actor appears in public listings: defunct actors keep their page but leave lists. */
export function isListed(actor: Entry<Actor>): boolean {
  return actor.data.status !== 'defunct';
}

/** How much an actor does with others: the fruits it shares and the events it organises. */
export function activityOf(index: SiteIndex, actorId: string): number {
  return (index.fruitsByPartner.get(actorId)?.length ?? 0) + (index.eventsByOrganiser.get(actorId)?.length ?? 0);
}

/** The actors at work in a municipality: its own, then those from elsewhere that also serve it. */
export function actorsWorkingIn(index: SiteIndex, municipalityId: string): Entry<Actor>[] {
  return [...(index.actorsOf.get(municipalityId) ?? []), ...(index.visitingActorsOf.get(municipalityId) ?? [])];
}

/** Where an event takes place: its venue's name and address, or its free-text place. */
export function placeOf(
  index: { venue: Map<string, Entry<Venue>> },
  event: Entry<Event>,
): { name: string; address?: string | undefined } {
  const venue = event.data.venue ? index.venue.get(event.data.venue) : undefined;
  return venue ? { name: venue.data.name, address: venue.data.address } : (event.data.place ?? { name: '' });
}

/** The ids of a branch and all its sub-branches. */
export function branchAndDescendants(node: BranchNode): string[] {
  return [node.entry.id, ...node.children.flatMap(branchAndDescendants)];
}
