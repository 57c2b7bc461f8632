import { hasEnded } from '../events/event-facts';
import { localize, type Shown } from '../localize';
import { countedActors, isEmptyTally, tally, tallyText } from '../counts';
import { branchAndDescendants, type BranchNode } from '../site-index';
import { urls } from '../urls';
import { calendarFeeds, type CalendarFeeds } from './calendar';
import { actorItem, crumbs, eventItem, fruitItem, type ActorItem, type Crumb, type EventItem, type FruitItem } from './common';
import type { PageContext } from '../page-context';

/** One branch of the municipality's listing: the text alternative of its tree. */
export interface BranchSection {
  /** The branch's id, which `/kasvustot.css` gives its colour. */
  id: string;
  name: Shown;
  href: string;
  /** 0 for a main branch, 1 for a sub-heading, … (drives the heading level). */
  depth: number;
  /** What counts on the branch and its sub-branches, as the branch page counts it. */
  counts: string;
  actors: ActorItem[];
  /** A long list shows names only; the branch page has the descriptions. */
  compact: boolean;
}

/** Above this many actors a branch's list drops the descriptions, so that big municipalities stay light. */
const COMPACT_OVER = 12;

export interface MunicipalityPage {
  name: Shown;
  intro: Shown;
  statusLabel: string;
  /** What counts for the municipality, as its front-page card says it (`counts.ts`). */
  counts: string;
  facts: { label: string; value: string; href?: string }[];
  /** Branches with anything recorded (on them or their sub-branches), in tree order. */
  sections: BranchSection[];
  /** Branches where nothing has been recorded yet, named in one line without links: their pages are empty. */
  emptyBranches: Shown[];
  fruits: FruitItem[];
  /** The coming events, then the latest past ones, at most {@link MUNICIPALITY_EVENTS}; the calendar has all. */
  events: EventItem[];
  eventCount: number;
  /** The municipality's own calendar page and its feeds, linked whether or not it has events yet. */
  calendarHref: string;
  feeds: CalendarFeeds;
  breadcrumbs: Crumb[];
}

const MUNICIPALITY_EVENTS = 20;

function eventsToShow(ctx: PageContext, municipalityId: string) {
  const events = ctx.index.eventsOf.get(municipalityId) ?? [];
  const upcoming = events.filter((event) => !hasEnded(event.data, ctx.now));
  const past = events.filter((event) => hasEnded(event.data, ctx.now)).reverse();
  return [...upcoming, ...past].slice(0, MUNICIPALITY_EVENTS);
}

/**
 * A municipality page: its facts and everything that counts for it grouped by branch: its own
 * actors and those from elsewhere that serve it (marked so), without defunct ones. An actor with
 * several branches is listed under each. Branches with nothing recorded are named in one line,
 * unlinked, instead of a dozen empty headings.
 */
export function buildMunicipalityPage(ctx: PageContext, municipalityId: string, site: URL): MunicipalityPage {
  const { index, lang, t } = ctx;
  const municipality = index.municipality.get(municipalityId)!;
  const actors = countedActors(index, municipalityId);
  const tallyOf = (node: BranchNode) => tally(index, municipalityId, new Set(branchAndDescendants(node)));
  const section = (node: BranchNode): BranchSection => ({
    id: node.entry.id,
    name: localize(node.entry.data.name, lang),
    href: urls.branch(lang, municipalityId, node.entry.id),
    depth: node.depth,
    counts: tallyText(t, tallyOf(node)),
    actors: actors
      .filter((actor) => actor.data.branches.includes(node.entry.id))
      .map((actor) => actorItem(actor, ctx, municipalityId)),
    compact: false,
  });
  const name = localize(municipality.data.name, lang);
  const isEmpty = (node: BranchNode) => isEmptyTally(tallyOf(node));
  return {
    name,
    intro: localize(municipality.data.intro, lang),
    statusLabel: t(`municipality.status.${municipality.data.status}`),
    counts: tallyText(t, tally(index, municipalityId)),
    facts: [
      { label: t('municipality.code'), value: municipality.data.code },
      { label: t('municipality.region'), value: localize(municipality.data.region.name, lang).text },
      { label: t('municipality.website'), value: municipality.data.website, href: municipality.data.website },
    ],
    sections: index.branchesInOrder
      .filter((node) => !isEmpty(node))
      .map(section)
      .map((branch) => ({ ...branch, compact: branch.actors.length > COMPACT_OVER })),
    emptyBranches: index.branchesInOrder.filter(isEmpty).map((node) => localize(node.entry.data.name, lang)),
    fruits: (index.fruitsOf.get(municipalityId) ?? []).map((fruit) => fruitItem(fruit, ctx)),
    events: eventsToShow(ctx, municipalityId).map((event) => eventItem(event, ctx)),
    eventCount: index.eventsOf.get(municipalityId)?.length ?? 0,
    calendarHref: urls.municipalityCalendar(lang, municipalityId),
    feeds: calendarFeeds(ctx, { municipality: municipalityId }, site),
    breadcrumbs: crumbs(ctx, municipalityId),
  };
}
