import { getCollection } from 'astro:content';
import type { Language } from '~/i18n/languages';
import { settings, siteSettings } from '~/config/settings';
import { digestOf } from '../lib/cache-keys';
import { createTranslator } from '../lib/i18n';
import { indexContent, type SiteIndex } from '../lib/site-index';
import type { PageContext } from '../lib/page-context';

let cached: Promise<SiteIndex> | undefined;
let digests: Promise<Map<string, string>> | undefined;

/**
 * The one place that reads Astro's collections: it hands plain data to `src/lib`, which never
 * imports `astro:content`. Built once per build and shared by every page.
 */
export function loadSiteIndex(): Promise<SiteIndex> {
  cached ??= (async () => {
    const plain = <T>(entries: { id: string; data: T }[]) => entries.map(({ id, data }) => ({ id, data }));
    const [municipalities, branches, actors, fruits, events, channels, venues] = await Promise.all([
      getCollection('municipalities'),
      getCollection('branches'),
      getCollection('actors'),
      getCollection('fruits'),
      getCollection('events'),
      getCollection('channels'),
      getCollection('venues'),
    ]);
    return indexContent({
      municipalities: plain(municipalities),
      branches: plain(branches),
      actors: plain(actors),
      fruits: plain(fruits),
      events: plain(events),
      channels: plain(channels),
      venues: plain(venues),
    });
  })();
  return cached;
}

/**
 * The digest Astro keeps of each entry's file (frontmatter and body), by `collection:id`: what
 * the incremental build's keys are made of (`src/lib/cache-keys.ts`).
 */
export function loadDigests(): Promise<Map<string, string>> {
  digests ??= (async () => {
    const collections = ['municipalities', 'branches', 'actors', 'fruits', 'events', 'channels', 'venues', 'pages'] as const;
    const all = await Promise.all(collections.map((name) => getCollection(name)));
    return new Map(
      all.flatMap((entries, i) =>
        // The glob loader gives every entry a digest of its file; the data stands in if one has none.
        entries.map(
          (entry) => [`${collections[i]}:${entry.id}`, String(entry.digest ?? digestOf(entry.data, entry.body))] as const,
        ),
      ),
    );
  })();
  return digests;
}

/** The context every view-model builder takes. */
export async function pageContext(lang: Language): Promise<PageContext> {
  // One "now" for the whole build, read once with the settings, so that every page agrees on what is upcoming.
  return { lang, t: createTranslator(lang), index: await loadSiteIndex(), now: settings.now, settings: siteSettings() };
}
