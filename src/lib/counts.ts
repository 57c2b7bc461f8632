import type { Actor } from '../schemas/actor';
import type { Translate } from './i18n';
import { actorsWorkingIn, isListed, type Entry, type SiteIndex } from './site-index';

/** What a municipality (or one branch of it) has recorded: the one count every page shows. */
export interface Tally {
  actors: number;
  fruits: number;
  events: number;
}

/**
 * The actors that count for a municipality: those based there and those from elsewhere that
 * `serve` it, in listing order, without defunct ones (they leave every listing, so they leave
 * every count). With `branches`, only actors on one of those branches.
 */
export function countedActors(index: SiteIndex, municipalityId: string, branches?: ReadonlySet<string>): Entry<Actor>[] {
  return actorsWorkingIn(index, municipalityId)
    .filter(isListed)
    .filter((actor) => !branches || actor.data.branches.some((id) => branches.has(id)));
}

/** How many actors, fruits and events count for a municipality, or for some of its branches. */
export function tally(index: SiteIndex, municipalityId: string, branches?: ReadonlySet<string>): Tally {
  const onBranch = (branch: string) => !branches || branches.has(branch);
  return {
    actors: countedActors(index, municipalityId, branches).length,
    fruits: (index.fruitsOf.get(municipalityId) ?? []).filter((fruit) => onBranch(fruit.data.branch)).length,
    events: (index.eventsOf.get(municipalityId) ?? []).filter((event) => onBranch(event.data.branch)).length,
  };
}

/** Whether nothing at all has been recorded: such a page is an empty state, not a destination. */
export function isEmptyTally({ actors, fruits, events }: Tally): boolean {
  return actors + fruits + events === 0;
}

/**
 * A tally in words, "2 toimijaa · 1 hedelmä": the actors always, fruits and events when there
 * are any, so that every page says what it counts in the same words.
 */
export function tallyText(t: Translate, { actors, fruits, events }: Tally): string {
  return [
    t('counts.actors', { count: actors }),
    ...(fruits ? [t('counts.fruits', { count: fruits })] : []),
    ...(events ? [t('counts.events', { count: events })] : []),
  ].join(' · ');
}
