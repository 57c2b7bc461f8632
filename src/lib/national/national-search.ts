import type { UiKey } from '../i18n';
import { finnishCollator } from '../localize';
import { files, nationalUrls, urls } from '../urls';
import { filterCounts, type SearchData } from '../view-models/search-data';
import { metaLabels, searchTexts, type SearchFilter, type SearchPage } from '../view-models/search-page';
import { publishedRegions } from './nation';
import type { NationalContext } from './national-pages';

/** One record of the national index, as Pagefind's `addCustomRecord` takes it. */
export interface NationalRecord extends SearchData {
  url: string;
  content: string;
  language: string;
}

/**
 * Every page the published regions list, for the national index of one edition: each with the
 * filters and metadata its regional index gives it (so that a municipality, branch, kind or
 * language narrows the search in the same words) and its region as one more filter and field.
 * The addresses lead to the regional sites.
 */
export function nationalSearchRecords(ctx: NationalContext): NationalRecord[] {
  const { t, lang } = ctx;
  const regionFilter = t('search.filter.region');
  const regionMeta = regionFilter.toLocaleLowerCase(lang);
  return publishedRegions(ctx.regions).flatMap((region) =>
    region.summary.records.map((record) => ({
      url: record.url,
      // The words the regional page shows beside its text (municipality, branches, kind,
      // language), so that they find it here too, and so that the Finnish word forms know them.
      content: [record.content, ...new Set(Object.values(record.filters).flat())].join('\n'),
      language: lang,
      filters: { [regionFilter]: [region.name], ...record.filters },
      meta: { ...record.meta, [regionMeta]: region.name },
    })),
  );
}

/** How the national form orders each filter's values; the rest are ordered by how many pages carry them. */
type Order = 'given' | 'alphabetical' | 'most';

/**
 * The national search page: the regional page's form with the region as its first filter, each
 * value with the number of pages that carry it; the same script and the same addresses
 * (`?q=…&alue=…&kunta=…`).
 */
export function buildNationalSearchPage(ctx: NationalContext, records: NationalRecord[]): SearchPage {
  const { t, lang } = ctx;
  const counts = filterCounts(records);
  const regions = publishedRegions(ctx.regions);
  const filter = (key: string, name: UiKey, order: Order, given: string[] = []): SearchFilter => {
    const byValue = counts.get(t(name)) ?? new Map<string, number>();
    const values =
      order === 'given'
        ? given.filter((value) => byValue.has(value))
        : [...byValue.keys()].sort((a, b) =>
            order === 'alphabetical' ? finnishCollator.compare(a, b) : byValue.get(b)! - byValue.get(a)!,
          );
    return { key, name: t(name), options: values.map((value) => ({ value, count: byValue.get(value)! })) };
  };
  const branchNames = regions[0]?.summary.branches.map((branch) => branch.name) ?? [];
  return {
    bundle: files.searchIndex(lang),
    texts: searchTexts(t),
    metaLabels: metaLabels(t, lang, ['search.filter.type', 'search.filter.region', 'search.filter.municipality']),
    filters: [
      filter(
        'alue',
        'search.filter.region',
        'given',
        regions.map((region) => region.name),
      ),
      filter('sisalto', 'search.filter.type', 'given', [
        t('search.type.actor'),
        t('search.type.fruit'),
        t('search.type.event'),
        t('search.type.municipality'),
      ]),
      filter('kunta', 'search.filter.municipality', 'alphabetical'),
      filter('kasvusto', 'search.filter.branch', 'given', branchNames),
      filter('tyyppi', 'search.filter.kind', 'most'),
      filter('tila', 'search.filter.status', 'most'),
      filter('kieli', 'search.filter.language', 'most'),
    ],
    suggestions: {
      branches: (regions[0]?.summary.branches ?? []).map((branch) => ({
        name: branch.name,
        description: '',
        href: `${urls.search(lang)}?${new URLSearchParams({ kasvusto: branch.name })}`,
        main: !branch.parent,
      })),
      directory: { label: t('national.directory.heading'), href: nationalUrls.directory(lang) },
    },
    branchesByMunicipality: [],
    breadcrumbs: [{ label: t('nav.home'), href: urls.home(lang) }, { label: t('search.heading') }],
  };
}
