import { isUpcoming } from '../events/event-facts';
import { localize, type Shown } from '../localize';
import { countedActors, isEmptyTally, tally } from '../counts';
import { activityOf, branchAndDescendants, isListed } from '../site-index';
import { urls } from '../urls';
import { attractionFruits, attractionOf, type Attraction } from './attractions';
import { actorLink, crumbs, eventItem, type Crumb, type EventItem, type TextLink } from './common';
import type { PageContext } from '../page-context';
import { nextSteps, type NextStep } from './next-steps';

/** How many actors a branch names as its highlights, and how many coming events the page lists. */
const HIGHLIGHTS = 3;
const UPCOMING = 5;

/** What one branch of the tree offers in the municipality. */
export interface BranchOffer {
  name: Shown;
  href: string;
  /** The branch's id, which `/kasvustot.css` gives its colour. */
  branch: string;
  /** Actors and fruits as every page counts them (`counts.ts`). */
  actorCount: number;
  fruitCount: number;
  eventCount: number;
  /** The actors who do most together (fruits shared, events organised). */
  highlights: TextLink[];
  /** Fruit titles on the branch. */
  fruits: TextLink[];
}

export interface LivingHerePage {
  name: Shown;
  heading: string;
  intro: Shown;
  offers: BranchOffer[];
  /** Branches with nothing to offer a newcomer, named in one line; linked only when the branch page has something (past events). */
  quietBranches: { label: Shown; href?: string }[];
  /** When no branch offers anything yet: how to add something, and where else to look. */
  nextSteps?: NextStep[];
  attractions: Attraction[];
  events: EventItem[];
  calendarHref: string;
  /** The municipality's website and its own public services listed on the site. */
  contacts: { website: string; services: TextLink[] };
  links: { listing: string; attractions: string };
  breadcrumbs: Crumb[];
}

/**
 * A municipality for people thinking of moving there: what each branch of its tree offers,
 * its attractions, its coming events and how to reach the municipality itself.
 */
export function buildLivingHerePage(ctx: PageContext, municipalityId: string): LivingHerePage {
  const { index, lang, t } = ctx;
  const municipality = index.municipality.get(municipalityId)!;
  const name = localize(municipality.data.name, lang);
  const actors = countedActors(index, municipalityId);
  const fruits = index.fruitsOf.get(municipalityId) ?? [];
  const upcoming = (index.eventsOf.get(municipalityId) ?? []).filter((event) => isUpcoming(event.data, ctx.now));

  const branchPageEmpty = new Set<string>();
  const offers = index.branchTree.map((node): BranchOffer => {
    const ids = new Set(branchAndDescendants(node));
    if (isEmptyTally(tally(index, municipalityId, ids))) branchPageEmpty.add(node.entry.id);
    const onBranch = actors.filter((actor) => actor.data.branches.some((branch) => ids.has(branch)));
    const branchFruits = fruits.filter((fruit) => ids.has(fruit.data.branch));
    return {
      name: localize(node.entry.data.name, lang),
      href: urls.branch(lang, municipalityId, node.entry.id),
      branch: node.entry.id,
      actorCount: onBranch.length,
      fruitCount: branchFruits.length,
      eventCount: upcoming.filter((event) => ids.has(event.data.branch)).length,
      highlights: [...onBranch]
        .filter((actor) => isListed(actor) && actor.data.status === 'active')
        .sort((a, b) => activityOf(index, b.id) - activityOf(index, a.id))
        .slice(0, HIGHLIGHTS)
        .map((actor) => actorLink(ctx, actor.id)),
      fruits: branchFruits.map((fruit) => ({ label: localize(fruit.data.title, lang), href: urls.fruit(lang, fruit.id) })),
    };
  });
  const isQuiet = (offer: BranchOffer) => offer.actorCount + offer.fruitCount + offer.eventCount === 0;
  const heading = t('livingHere.heading', { municipality: name.text });

  return {
    name,
    heading,
    intro: localize(municipality.data.intro, lang),
    offers: offers.filter((offer) => !isQuiet(offer)),
    quietBranches: offers
      .filter(isQuiet)
      .map((offer) => (branchPageEmpty.has(offer.branch) ? { label: offer.name } : { label: offer.name, href: offer.href })),
    ...(offers.every(isQuiet) ? { nextSteps: nextSteps(ctx, municipalityId) } : {}),
    attractions: attractionFruits(ctx, municipalityId).map((fruit) => attractionOf(ctx, fruit)),
    events: upcoming.slice(0, UPCOMING).map((event) => eventItem(event, ctx)),
    calendarHref: urls.municipalityCalendar(lang, municipalityId),
    contacts: {
      website: municipality.data.website,
      services: (index.actorsOf.get(municipalityId) ?? [])
        .filter((actor) => actor.data.kind === 'public-service' && isListed(actor))
        .map((actor) => actorLink(ctx, actor.id)),
    },
    links: { listing: urls.municipality(lang, municipalityId), attractions: urls.attractions(lang, municipalityId) },
    breadcrumbs: crumbs(ctx, municipalityId, { label: heading }),
  };
}
