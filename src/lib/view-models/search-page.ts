import { languageName, languages, type Language } from '~/i18n/languages';
import { actorKinds, actorStatuses } from '~/schemas/actor';
import { eventKinds } from '~/schemas/event';
import { fruitKinds } from '~/schemas/fruit';
import type { Translate, UiKey } from '../i18n';
import { localize } from '../localize';
import { files, urls } from '../urls';
import type { Crumb } from './common';
import type { PageContext } from '../page-context';
import { filterCounts, siteSearchData } from './search-data';

/** One way to narrow the search: its address parameter, Pagefind's filter name and the choices. */
export interface SearchFilter {
  key: string;
  name: string;
  /** The values some page carries, each with how many pages carry it. */
  options: { value: string; count: number }[];
}

/** A branch the search page suggests when a search finds nothing, with the words it is known by. */
export interface SuggestedBranch {
  name: string;
  description: string;
  /** The search for the branch's filter alone, e.g. `/haku/?kasvusto=Liikunta+ja+ulkoilu`. */
  href: string;
  /** Whether it is a main branch, suggested when no branch matches the words searched. */
  main: boolean;
}

export interface SearchPage {
  /** Where this edition's Pagefind index is, e.g. `/sv/pagefind/`. */
  bundle: string;
  /** The messages the search script shows, from the dictionary. */
  texts: { zero: string; one: string; many: string; filtered: string; searching: string };
  /** The metadata each result shows, as Pagefind's lower-case key and the label to show. */
  metaLabels: { key: string; label: string }[];
  filters: SearchFilter[];
  /** The branches a search that finds nothing may suggest, and the A–Ö directory. */
  suggestions: { branches: SuggestedBranch[]; directory: { label: string; href: string } };
  /** What the page offers without JavaScript: every municipality's branch listings. */
  branchesByMunicipality: { name: string; links: { label: string; href: string }[] }[];
  breadcrumbs: Crumb[];
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The filters of the search form, in the order of their values here, each value with the number
 * of pages that carry it (`search-data.ts` writes the same words into the index); values that
 * no page carries are left out. The address keys keep filtered searches linkable.
 */
function searchFilters(ctx: PageContext): SearchFilter[] {
  const { t, lang, index } = ctx;
  const counts = filterCounts(siteSearchData(ctx));
  const filter = (key: string, name: UiKey, values: string[]): SearchFilter => ({
    key,
    name: t(name),
    options: values.map((value) => ({ value, count: counts.get(t(name))?.get(value) ?? 0 })).filter((option) => option.count > 0),
  });
  return [
    filter('sisalto', 'search.filter.type', [
      t('search.type.actor'),
      t('search.type.fruit'),
      t('search.type.event'),
      t('search.type.municipality'),
      t('search.type.branch'),
    ]),
    filter(
      'kunta',
      'search.filter.municipality',
      index.municipalities.map((municipality) => localize(municipality.data.name, lang).text),
    ),
    filter(
      'kasvusto',
      'search.filter.branch',
      index.branchesInOrder.map(({ entry }) => localize(entry.data.name, lang).text),
    ),
    filter(
      'tyyppi',
      'search.filter.kind',
      unique([
        ...actorKinds.map((kind) => t(`actorKind.${kind}`)),
        ...fruitKinds.map((kind) => t(`fruitKind.${kind}`)),
        ...eventKinds.map((kind) => t(`eventKind.${kind}`)),
      ]),
    ),
    filter(
      'tila',
      'search.filter.status',
      actorStatuses.map((status) => t(`actor.status.${status}`)),
    ),
    // The site's own languages first, then any other an actor serves in ("venäjä").
    filter(
      'kieli',
      'search.filter.language',
      unique([...languages, ...index.actors.flatMap((actor) => actor.data.languages)]).map((code) => languageName(code, lang)),
    ),
  ];
}

/** The messages the search script shows, from the dictionary (the regional and the national search page). */
export function searchTexts(t: Translate): SearchPage['texts'] {
  return {
    zero: t('search.ui.zeroResults'),
    one: t('search.ui.oneResult'),
    many: t('search.ui.manyResults'),
    filtered: t('search.ui.filteredResults'),
    searching: t('search.ui.searching'),
  };
}

/** The metadata a result shows: Pagefind's lower-case key of each filter named, and its label. */
export function metaLabels(t: Translate, lang: Language, names: UiKey[]): SearchPage['metaLabels'] {
  return names.map((name) => ({ key: t(name).toLocaleLowerCase(lang), label: t(name) }));
}

/** The search page: the form's filters, the script's messages and the links that serve without JavaScript. */
export function buildSearchPage(ctx: PageContext): SearchPage {
  const { t, lang, index } = ctx;
  return {
    bundle: files.searchIndex(lang),
    texts: searchTexts(t),
    metaLabels: metaLabels(t, lang, ['search.filter.type', 'search.filter.municipality', 'search.filter.branch']),
    filters: searchFilters(ctx),
    suggestions: {
      branches: index.branchesInOrder.map(({ entry, depth }) => {
        const name = localize(entry.data.name, lang).text;
        return {
          name,
          description: localize(entry.data.description, lang).text,
          href: `${urls.search(lang)}?${new URLSearchParams({ kasvusto: name })}`,
          main: depth === 0,
        };
      }),
      directory: { label: t('directory.heading'), href: urls.directory(lang) },
    },
    branchesByMunicipality: index.municipalities.map((municipality) => ({
      name: localize(municipality.data.name, lang).text,
      links: index.branchTree.map((node) => ({
        label: localize(node.entry.data.name, lang).text,
        href: urls.branch(lang, municipality.id, node.entry.id),
      })),
    })),
    breadcrumbs: [{ label: t('nav.home'), href: urls.home(lang) }, { label: t('search.heading') }],
  };
}
