import { localize, type Shown } from '../localize';
import { countedActors, isEmptyTally, tally, tallyText } from '../counts';
import { branchAndDescendants, type BranchNode } from '../site-index';
import { urls } from '../urls';
import {
  actorItem,
  crumbs,
  eventItem,
  fruitItem,
  type ActorItem,
  type Crumb,
  type EventItem,
  type FruitItem,
  type TextLink,
} from './common';
import type { PageContext } from '../page-context';
import { nextSteps, type NextStep } from './next-steps';

export interface BranchPage {
  name: Shown;
  description: Shown;
  municipality: Shown;
  /** The branch's id, which `/kasvustot.css` gives its colour. */
  branch: string;
  /** What counts on the branch and its sub-branches, in words (`counts.ts`). */
  counts: string;
  /** Sub-branches; an empty one has no link (its page would be empty too). */
  subBranches: { label: Shown; href?: string; counts: string }[];
  actors: ActorItem[];
  fruits: FruitItem[];
  events: EventItem[];
  /** With nothing recorded: how to add something, and where else to look. Absent otherwise. */
  nextSteps?: NextStep[];
  /** The same branch in the municipalities that have something on it. */
  otherMunicipalities: TextLink[];
  /** How many municipalities were left out of that list for having nothing on the branch. */
  othersLeftOut: number;
  breadcrumbs: Crumb[];
}

function findNode(nodes: BranchNode[], id: string): BranchNode | undefined {
  for (const node of nodes) {
    if (node.entry.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * One branch in one municipality: its actors (home and visiting, as `counts.ts` counts them),
 * fruits and events. A main branch also gathers what grows on its sub-branches. With nothing
 * recorded, the page says what the branch is and offers the next steps instead of more empty pages.
 */
export function buildBranchPage(ctx: PageContext, municipalityId: string, branchId: string): BranchPage {
  const { index, lang, t } = ctx;
  const node = findNode(index.branchTree, branchId)!;
  const ids = new Set(branchAndDescendants(node));
  const municipality = index.municipality.get(municipalityId)!;
  const actors = countedActors(index, municipalityId, ids);
  const counts = tally(index, municipalityId, ids);
  const name = localize(node.entry.data.name, lang);
  const others = index.municipalities.filter(
    (other) => other.id !== municipalityId && !isEmptyTally(tally(index, other.id, ids)),
  );
  return {
    name,
    description: localize(node.entry.data.description, lang),
    municipality: localize(municipality.data.name, lang),
    branch: node.entry.id,
    counts: tallyText(t, counts),
    subBranches: node.children.map((child) => {
      const childTally = tally(index, municipalityId, new Set(branchAndDescendants(child)));
      return {
        label: localize(child.entry.data.name, lang),
        ...(isEmptyTally(childTally) ? {} : { href: urls.branch(lang, municipalityId, child.entry.id) }),
        counts: isEmptyTally(childTally) ? t('nextSteps.nothingYet') : tallyText(t, childTally),
      };
    }),
    actors: actors.map((actor) => actorItem(actor, ctx, municipalityId)),
    fruits: (index.fruitsOf.get(municipalityId) ?? [])
      .filter((fruit) => ids.has(fruit.data.branch))
      .map((fruit) => fruitItem(fruit, ctx)),
    events: (index.eventsOf.get(municipalityId) ?? [])
      .filter((event) => ids.has(event.data.branch))
      .map((event) => eventItem(event, ctx)),
    ...(isEmptyTally(counts) ? { nextSteps: nextSteps(ctx, municipalityId, branchId) } : {}),
    otherMunicipalities: others.map((other) => ({
      label: localize(other.data.name, lang),
      href: urls.branch(lang, other.id, branchId),
    })),
    othersLeftOut: index.municipalities.length - 1 - others.length,
    breadcrumbs: crumbs(ctx, municipalityId, { label: name.text }),
  };
}
