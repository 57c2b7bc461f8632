import { languageName } from '~/i18n/languages';
import type { Actor } from '~/schemas/actor';
import type { Event } from '~/schemas/event';
import type { Fruit } from '~/schemas/fruit';
import { municipalityOfId } from '../entry-id';
import { localize } from '../localize';
import { isListed, type Entry } from '../site-index';
import type { PageContext } from '../page-context';

/**
 * What the search index learns about a page besides its text: filters (municipality, branch,
 * kind, status, language served, type of page) and the metadata each result shows (type,
 * municipality, branch). Filter names and values are the visitor's words, from the dictionary.
 */
export interface SearchData {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/**
 * The metadata field with the other municipalities an actor works in ("Vimpeli, Soini"), so
 * that a result found by a municipality filter can say why. The search page does not list it.
 */
export const SERVES_META = 'serves';

/**
 * A filter that only branch pages with nothing recorded carry: the search page lists them after
 * the pages with content, so that a topic word still finds its branch without empty pages
 * crowding out actors. The search form does not offer it.
 */
export const EMPTY_PAGE_FILTER = 'tyhja';

function municipalityName(ctx: PageContext, id: string): string {
  return localize(ctx.index.municipality.get(id)!.data.name, ctx.lang).text;
}

/** A branch's name and the names of its parents, so that a parent's filter finds its sub-branches. */
function branchNames(ctx: PageContext, ids: string[]): string[] {
  const names = new Set<string>();
  for (const id of ids) {
    for (
      let branch = ctx.index.branch.get(id);
      branch;
      branch = branch.data.parent ? ctx.index.branch.get(branch.data.parent) : undefined
    ) {
      names.add(localize(branch.data.name, ctx.lang).text);
    }
  }
  return [...names];
}

function data(
  ctx: PageContext,
  title: string,
  type: string,
  municipalities: string[],
  branches: string[],
  kind: string | undefined,
  extra: Record<string, string[]> = {},
): SearchData {
  const { t } = ctx;
  const places = municipalities.map((id) => municipalityName(ctx, id));
  const branchList = branchNames(ctx, branches);
  return {
    filters: {
      [t('search.filter.type')]: [type],
      [t('search.filter.municipality')]: places,
      ...(branchList.length ? { [t('search.filter.branch')]: branchList } : {}),
      ...(kind ? { [t('search.filter.kind')]: [kind] } : {}),
      ...extra,
    },
    // Pagefind's result list shows every meta field but the title as "Key: value".
    meta: {
      title,
      [t('search.filter.type').toLocaleLowerCase(ctx.lang)]: type,
      [t('search.filter.municipality').toLocaleLowerCase(ctx.lang)]: places[0]!,
      ...(branches[0] ? { [t('search.filter.branch').toLocaleLowerCase(ctx.lang)]: branchNames(ctx, [branches[0]])[0]! } : {}),
    },
  };
}

export function actorSearchData(ctx: PageContext, actor: Entry<Actor>): SearchData {
  const { t } = ctx;
  const languages = actor.data.languages.map((code) => languageName(code, ctx.lang));
  const result = data(
    ctx,
    actor.data.name,
    t('search.type.actor'),
    [municipalityOfId(actor.id), ...actor.data.serves],
    actor.data.branches,
    t(`actorKind.${actor.data.kind}`),
    {
      [t('search.filter.status')]: [t(`actor.status.${actor.data.status}`)],
      [t('search.filter.language')]: languages,
    },
  );
  if (actor.data.serves.length) {
    result.meta[SERVES_META] = actor.data.serves.map((id) => municipalityName(ctx, id)).join(', ');
  }
  return result;
}

/** Fruits and events: one branch, one municipality, a kind of their own. */
function branchEntrySearchData(ctx: PageContext, entry: Entry<Fruit> | Entry<Event>, type: string, kind: string): SearchData {
  return data(ctx, localize(entry.data.title, ctx.lang).text, type, [municipalityOfId(entry.id)], [entry.data.branch], kind);
}

export function fruitSearchData(ctx: PageContext, fruit: Entry<Fruit>): SearchData {
  return branchEntrySearchData(ctx, fruit, ctx.t('search.type.fruit'), ctx.t(`fruitKind.${fruit.data.kind}`));
}

export function eventSearchData(ctx: PageContext, event: Entry<Event>): SearchData {
  return branchEntrySearchData(ctx, event, ctx.t('search.type.event'), ctx.t(`eventKind.${event.data.kind}`));
}

export function municipalitySearchData(ctx: PageContext, municipalityId: string): SearchData {
  const { t } = ctx;
  const status = ctx.index.municipality.get(municipalityId)!.data.status;
  return data(
    ctx,
    municipalityName(ctx, municipalityId),
    t('search.type.municipality'),
    [municipalityId],
    [],
    t(`municipality.status.${status}`),
  );
}

/**
 * A branch in one municipality: found by its name and description (topic words such as
 * "liikunta" or "perhe"), filtered by the municipality and by the branch with its parents.
 */
export function branchSearchData(ctx: PageContext, municipalityId: string, branchId: string, empty = false): SearchData {
  const { t } = ctx;
  const name = localize(ctx.index.branch.get(branchId)!.data.name, ctx.lang).text;
  return data(
    ctx,
    // The municipality is shown beside the title, as the result's "Kunta".
    name,
    t('search.type.branch'),
    [municipalityId],
    [branchId],
    undefined,
    empty ? { [EMPTY_PAGE_FILTER]: ['1'] } : {},
  );
}

/**
 * The search data of every page in the index, in no particular order: listed actors, fruits,
 * events, municipalities and each municipality's branches. The search form counts its choices
 * from it.
 */
export function siteSearchData(ctx: PageContext): SearchData[] {
  const { index } = ctx;
  return [
    ...index.actors.filter(isListed).map((actor) => actorSearchData(ctx, actor)),
    ...index.fruits.map((fruit) => fruitSearchData(ctx, fruit)),
    ...index.events.map((event) => eventSearchData(ctx, event)),
    ...index.municipalities.flatMap((municipality) => [
      municipalitySearchData(ctx, municipality.id),
      ...index.branchesInOrder.map((node) => branchSearchData(ctx, municipality.id, node.entry.id)),
    ]),
  ];
}

/** How many pages carry each value of each filter: `counts.get('Kunta')?.get('Vimpeli')`. */
export function filterCounts(pages: SearchData[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const page of pages) {
    for (const [name, values] of Object.entries(page.filters)) {
      if (!counts.has(name)) counts.set(name, new Map());
      const byValue = counts.get(name)!;
      for (const value of new Set(values)) byValue.set(value, (byValue.get(value) ?? 0) + 1);
    }
  }
  return counts;
}
