import { getCollection } from 'astro:content';
import type { Language } from '../schemas/localized-text';
import { createTranslator } from '../lib/i18n';
import { indexContent, type SiteIndex } from '../lib/site-index';
import type { PageContext } from '../lib/view-models/common';

let cached: Promise<SiteIndex> | undefined;

/**
 * The one place that reads Astro's collections: it hands plain data to `src/lib`, which never
 * imports `astro:content`. Built once per build and shared by every page.
 */
export function loadSiteIndex(): Promise<SiteIndex> {
  cached ??= (async () => {
    const plain = <T>(entries: { id: string; data: T }[]) => entries.map(({ id, data }) => ({ id, data }));
    const [municipalities, branches, actors, fruits, events] = await Promise.all([
      getCollection('municipalities'),
      getCollection('branches'),
      getCollection('actors'),
      getCollection('fruits'),
      getCollection('events'),
    ]);
    return indexContent({
      municipalities: plain(municipalities),
      branches: plain(branches),
      actors: plain(actors),
      fruits: plain(fruits),
      events: plain(events),
    });
  })();
  return cached;
}

/** The context every view-model builder takes. */
export async function pageContext(lang: Language): Promise<PageContext> {
  return { lang, t: createTranslator(lang), index: await loadSiteIndex() };
}
