import { localize, type Shown } from '../localize';
import { actorsWorkingIn, branchAndDescendants, isListed, type BranchNode } from '../site-index';
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
  type PageContext,
  type TextLink,
} from './common';

export interface BranchPage {
  name: Shown;
  description: Shown;
  municipality: Shown;
  /** The branch's id, which `/kasvustot.css` gives its colour. */
  branch: string;
  subBranches: TextLink[];
  actors: ActorItem[];
  fruits: FruitItem[];
  events: EventItem[];
  otherMunicipalities: TextLink[];
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
 * One branch in one municipality: its actors (home and visiting), fruits and events. A main
 * branch also gathers what grows on its sub-branches.
 */
export function buildBranchPage(ctx: PageContext, municipalityId: string, branchId: string): BranchPage {
  const { index, lang } = ctx;
  const node = findNode(index.branchTree, branchId)!;
  const ids = new Set(branchAndDescendants(node));
  const inBranch = (branches: string[]) => branches.some((id) => ids.has(id));
  const municipality = index.municipality.get(municipalityId)!;
  const actors = actorsWorkingIn(index, municipalityId)
    .filter(isListed)
    .filter((actor) => inBranch(actor.data.branches));
  const name = localize(node.entry.data.name, lang);
  return {
    name,
    description: localize(node.entry.data.description, lang),
    municipality: localize(municipality.data.name, lang),
    branch: node.entry.id,
    subBranches: node.children.map((child) => ({
      label: localize(child.entry.data.name, lang),
      href: urls.branch(lang, municipalityId, child.entry.id),
    })),
    actors: actors.map((actor) => actorItem(actor, ctx)),
    fruits: (index.fruitsOf.get(municipalityId) ?? [])
      .filter((fruit) => ids.has(fruit.data.branch))
      .map((fruit) => fruitItem(fruit, ctx)),
    events: (index.eventsOf.get(municipalityId) ?? [])
      .filter((event) => ids.has(event.data.branch))
      .map((event) => eventItem(event, ctx)),
    otherMunicipalities: index.municipalities
      .filter((other) => other.id !== municipalityId)
      .map((other) => ({ label: localize(other.data.name, lang), href: urls.branch(lang, other.id, branchId) })),
    breadcrumbs: crumbs(ctx, municipalityId, { label: name.text }),
  };
}
