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

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matches) as plain parts, so that the
 * page builds it from text nodes and no markup from the index ever reaches the page.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((piece) => {
      const marked = piece.startsWith('<mark>');
      const text = (marked ? piece.slice(6, -7) : piece)
        .replace(/<[^>]*>/g, '')
        .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!);
      return { text, marked };
    });
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
