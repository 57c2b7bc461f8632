/**
 * Pure helpers of the search page's own small search UI (`src/scripts/search-page.ts`), kept
 * here so that they are tested without a browser.
 */

/** The message above the results: "12 tulosta haulla kuoro", with Pagefind-style placeholders. */
export function resultMessage(
  texts: { zero: string; one: string; many: string; filtered: string },
  term: string,
  count: number,
): string {
  const template = !term ? texts.filtered : count === 0 ? texts.zero : count === 1 ? texts.one : texts.many;
  return template.replace('[COUNT]', String(count)).replace('[SEARCH_TERM]', term);
}

/** A piece of an excerpt: plain text, or a matched word that the page shows highlighted. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A top-level node of a parsed excerpt, as the browser's `DOMParser` gives it (a DOM `Node`). */
export interface ExcerptNode {
  nodeName: string;
  textContent: string | null;
}

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matches), parsed by the browser's own
 * HTML parser (`DOMParser`, which decodes the entities and neither runs nor loads anything), as
 * plain parts: the page builds it from text nodes, so no markup from the index ever reaches it.
 * Any element other than `<mark>` counts as its text only.
 */
export function excerptParts(nodes: Iterable<ExcerptNode>): ExcerptPart[] {
  return [...nodes]
    .map((node) => ({ text: node.textContent ?? '', marked: node.nodeName === 'MARK' }))
    .filter((part) => part.text !== '');
}

/** The filters a search asks Pagefind for: the chosen value of each filter that has one. */
export function chosenFilters(params: URLSearchParams, filters: { key: string; name: string }[]): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const filter of filters) {
    const value = params.get(filter.key);
    if (value) chosen[filter.name] = value;
  }
  return chosen;
}

/**
 * Why a result matches a municipality filter when its own municipality is another: the chosen
 * municipality, when the result's actor also works there (its metadata lists it among those it
 * serves). Nothing when the result is the municipality's own page or no municipality is chosen.
 */
export function servedMunicipality(
  meta: Record<string, string>,
  chosen: string | undefined,
  keys: { municipality: string; serves: string },
): string | undefined {
  if (!chosen || meta[keys.municipality] === chosen) return undefined;
  const serves = (meta[keys.serves] ?? '').split(', ');
  return serves.includes(chosen) ? chosen : undefined;
}

/** Lower-case words of a text, Finnish letters included. */
const wordsIn = (text: string) => text.toLocaleLowerCase('fi').match(/[\p{L}]+/gu) ?? [];

/**
 * The branches to suggest when a search finds nothing: those whose name or description has a
 * word that begins as a searched word does (its first five letters: "liikuntaa" → "Liikunta ja
 * ulkoilu"), or else the main branches.
 */
export function suggestedBranches<T extends { name: string; description: string; main: boolean }>(
  term: string,
  branches: T[],
): T[] {
  const prefixes = wordsIn(term)
    .filter((word) => word.length >= 3)
    .map((word) => word.slice(0, 5));
  const matching = branches.filter((branch) =>
    wordsIn(`${branch.name} ${branch.description}`).some((word) => prefixes.some((prefix) => word.startsWith(prefix))),
  );
  return matching.length ? matching : branches.filter((branch) => branch.main);
}

/** An edition switcher's address with the search words kept: `/sv/haku/` → `/sv/haku/?q=kuoro`. */
export function withSearchTerm(href: string, term: string): string {
  const url = new URL(href, 'http://localhost');
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The results in Pagefind's order, but those in `empty` (branch pages with nothing recorded)
 * after all the others: they still answer a topic word, without hiding the actors that match.
 */
export function emptyPagesLast<T extends { id: string }>(results: T[], empty: T[]): T[] {
  const emptyIds = new Set(empty.map((result) => result.id));
  return [...results.filter((result) => !emptyIds.has(result.id)), ...results.filter((result) => emptyIds.has(result.id))];
}
