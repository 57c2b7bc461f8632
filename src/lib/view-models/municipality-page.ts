import { hasEnded } from '../events/event-facts';
import { localize, type Shown } from '../localize';
import { branchAndDescendants, isListed, type BranchNode } from '../site-index';
import { urls } from '../urls';
import { calendarFeeds, type CalendarFeeds } from './calendar';
import {
  actorItem,
  crumbs,
  eventItem,
  fruitItem,
  type ActorItem,
  type Crumb,
  type EventItem,
  type FruitItem,
  type PageContext,
  type TextLink,
} from './common';

/** One branch of the municipality's listing: the text alternative of its tree. */
export interface BranchSection {
  /** The branch's id, which `/kasvustot.css` gives its colour. */
  id: string;
  name: Shown;
  href: string;
  /** 0 for a main branch, 1 for a sub-heading, … (drives the heading level). */
  depth: number;
  actors: ActorItem[];
  /** A long list shows names only; the branch page has the descriptions. */
  compact: boolean;
}

/** Above this many actors a branch's list drops the descriptions, so that big municipalities stay light. */
export const COMPACT_OVER = 12;

export interface MunicipalityPage {
  name: Shown;
  intro: Shown;
  statusLabel: string;
  facts: { label: string; value: string; href?: string }[];
  /** Branches with actors (or with sub-branches that have them), in tree order. */
  sections: BranchSection[];
  /** Branches where nothing has been recorded yet, as one line of links. */
  emptyBranches: TextLink[];
  visitingActors: ActorItem[];
  fruits: FruitItem[];
  /** The coming events, then the latest past ones, at most {@link MUNICIPALITY_EVENTS}; the calendar has all. */
  events: EventItem[];
  eventCount: number;
  /** The municipality's own calendar page and its feeds, linked whether or not it has events yet. */
  calendarHref: string;
  feeds: CalendarFeeds;
  breadcrumbs: Crumb[];
}

export const MUNICIPALITY_EVENTS = 20;

function eventsToShow(ctx: PageContext, municipalityId: string) {
  const events = ctx.index.eventsOf.get(municipalityId) ?? [];
  const upcoming = events.filter((event) => !hasEnded(event.data, ctx.now));
  const past = events.filter((event) => hasEnded(event.data, ctx.now)).reverse();
  return [...upcoming, ...past].slice(0, MUNICIPALITY_EVENTS);
}

/**
 * A municipality page: its facts and its actors grouped by branch. An actor with several
 * branches is listed under each; defunct actors are left out of the listing. Branches with
 * nothing recorded are named in one line instead of a dozen empty headings.
 */
export function buildMunicipalityPage(ctx: PageContext, municipalityId: string, site: URL): MunicipalityPage {
  const { index, lang, t } = ctx;
  const municipality = index.municipality.get(municipalityId)!;
  const actors = (index.actorsOf.get(municipalityId) ?? []).filter(isListed);
  const section = (node: BranchNode): BranchSection => ({
    id: node.entry.id,
    name: localize(node.entry.data.name, lang),
    href: urls.branch(lang, municipalityId, node.entry.id),
    depth: node.depth,
    actors: actors.filter((actor) => actor.data.branches.includes(node.entry.id)).map((actor) => actorItem(actor, ctx)),
    compact: false,
  });
  const name = localize(municipality.data.name, lang);
  const hasActors = (node: BranchNode) => {
    const ids = new Set(branchAndDescendants(node));
    return actors.some((actor) => actor.data.branches.some((id) => ids.has(id)));
  };
  return {
    name,
    intro: localize(municipality.data.intro, lang),
    statusLabel: t(`municipality.status.${municipality.data.status}`),
    facts: [
      { label: t('municipality.code'), value: municipality.data.code },
      { label: t('municipality.region'), value: localize(municipality.data.region.name, lang).text },
      { label: t('municipality.website'), value: municipality.data.website, href: municipality.data.website },
    ],
    sections: index.branchesInOrder
      .filter(hasActors)
      .map(section)
      .map((branch) => ({ ...branch, compact: branch.actors.length > COMPACT_OVER })),
    emptyBranches: index.branchesInOrder
      .filter((node) => !hasActors(node))
      .map((node) => ({ label: localize(node.entry.data.name, lang), href: urls.branch(lang, municipalityId, node.entry.id) })),
    visitingActors: (index.visitingActorsOf.get(municipalityId) ?? []).filter(isListed).map((actor) => actorItem(actor, ctx)),
    fruits: (index.fruitsOf.get(municipalityId) ?? []).map((fruit) => fruitItem(fruit, ctx)),
    events: eventsToShow(ctx, municipalityId).map((event) => eventItem(event, ctx)),
    eventCount: index.eventsOf.get(municipalityId)?.length ?? 0,
    calendarHref: urls.municipalityCalendar(lang, municipalityId),
    feeds: calendarFeeds(ctx, { municipality: municipalityId }, site),
    breadcrumbs: crumbs(ctx, municipalityId),
  };
}
