import { municipalityOfId } from '../entry-id';
import { groupBy } from '../group-by';
import { finnishCollator, localize } from '../localize';
import { paginate } from '../pagination';
import { isListed } from '../site-index';
import { urls } from '../urls';
import { actorItem, crumbs, type ActorItem, type Crumb } from './common';
import type { PageContext } from '../page-context';

/** Actors per page of the A–Ö directory: a page stays light however big the site grows. */
export const DIRECTORY_PAGE_SIZE = 250;

type DirectoryItem = ActorItem & { municipality: string };

export interface DirectoryPage {
  number: number;
  groups: { letter: string; id: string; actors: DirectoryItem[] }[];
  /** Every initial letter of the whole directory, linked to where its actors start. */
  letters: { letter: string; href: string }[];
  /** Links to every page, labelled with the names they run from and to; empty for a single page. */
  pages: { label: string; href: string; current: boolean }[];
  /** The form for an actor that is missing from the directory. */
  submitHref: string;
  breadcrumbs: Crumb[];
}

const initialOf = (item: { name: string }) => item.name.charAt(0).toLocaleUpperCase('fi');
const anchorOf = (letter: string) => `kirjain-${encodeURIComponent(letter.toLowerCase())}`;

/**
 * The A–Ö directory of every listed actor in the region, grouped by initial letter and cut into
 * pages of at most {@link DIRECTORY_PAGE_SIZE} actors; a letter may continue onto the next page.
 */
export function buildDirectoryPages(ctx: PageContext): DirectoryPage[] {
  // Every page of the directory asks for the whole set; build it once per edition.
  const built = builtPages.get(ctx.index)?.get(ctx.lang);
  if (built) return built;
  const pages = directoryPages(ctx);
  builtPages.set(ctx.index, (builtPages.get(ctx.index) ?? new Map()).set(ctx.lang, pages));
  return pages;
}

const builtPages = new WeakMap<object, Map<string, DirectoryPage[]>>();

function directoryPages(ctx: PageContext): DirectoryPage[] {
  const items = ctx.index.actors.filter(isListed).map((actor) => {
    const municipality = ctx.index.municipality.get(municipalityOfId(actor.id))!;
    return { ...actorItem(actor, ctx), municipality: localize(municipality.data.name, ctx.lang).text };
  });
  const pages = paginate(items, DIRECTORY_PAGE_SIZE);
  const href = (number: number) => urls.directory(ctx.lang, number);
  const letters = new Map<string, string>();
  for (const page of pages) {
    for (const item of page.items) {
      const letter = initialOf(item);
      if (!letters.has(letter)) letters.set(letter, `${href(page.number)}#${anchorOf(letter)}`);
    }
  }
  const range = (page: (typeof pages)[number]) =>
    `${page.items[0]?.name.slice(0, 3) ?? ''}–${page.items.at(-1)?.name.slice(0, 3) ?? ''}`;
  return pages.map((page) => ({
    number: page.number,
    groups: [...groupBy(page.items, (item) => [initialOf(item)]).entries()]
      .sort(([a], [b]) => finnishCollator.compare(a, b))
      .map(([letter, actors]) => ({ letter, id: anchorOf(letter), actors })),
    letters: [...letters.entries()].map(([letter, link]) => ({ letter, href: link })),
    pages:
      pages.length > 1
        ? pages.map((other) => ({ label: range(other), href: href(other.number), current: other.number === page.number }))
        : [],
    submitHref: urls.submitActor(ctx.lang),
    breadcrumbs: crumbs(ctx, undefined, {
      label: page.number > 1 ? `${ctx.t('directory.heading')} (${page.number}/${page.count})` : ctx.t('directory.heading'),
    }),
  }));
}
