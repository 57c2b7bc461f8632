import { localize } from '../localize';
import { urls } from '../urls';
import type { Crumb, PageContext } from './common';

export interface SearchPage {
  /** Pagefind UI's texts, from the dictionary. */
  uiTexts: Record<string, string>;
  /** What the page offers without JavaScript: every municipality's branch listings. */
  branchesByMunicipality: { name: string; links: { label: string; href: string }[] }[];
  breadcrumbs: Crumb[];
}

/** The search page: Pagefind UI's texts and the browsing links that serve without JavaScript. */
export function buildSearchPage(ctx: PageContext): SearchPage {
  const { t, lang, index } = ctx;
  return {
    uiTexts: {
      placeholder: t('search.ui.placeholder'),
      clear_search: t('search.ui.clear'),
      load_more: t('search.ui.loadMore'),
      search_label: t('search.label'),
      filters_label: t('search.ui.filters'),
      zero_results: t('search.ui.zeroResults'),
      many_results: t('search.ui.manyResults'),
      one_result: t('search.ui.oneResult'),
      alt_search: t('search.ui.altSearch'),
      search_suggestion: t('search.ui.suggestion'),
      searching: t('search.ui.searching'),
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
