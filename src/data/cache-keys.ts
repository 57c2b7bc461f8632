import { settings } from '~/config/settings';
import { entryPageKey, municipalityKey, siteKey, viewModelKey, type KeyContext } from '../lib/cache-keys';
import type { PageContext } from '../lib/page-context';
import { editionOf } from './editions';
import { loadDigests, pageContext } from './site-content';

let cached: Promise<KeyContext> | undefined;

/** What every key is made of: the content's digests, the build's "now" and the settings pages show. */
function keyContext(): Promise<KeyContext> {
  cached ??= (async () => {
    const ctx = await pageContext('fi');
    const settings = { site: import.meta.env.SITE, ...ctx.settings };
    return { index: ctx.index, now: ctx.now, digests: await loadDigests(), settings };
  })();
  return cached;
}

interface Path {
  params: { lang?: string | undefined; municipality?: string; [param: string]: string | undefined };
}

/** Region-wide pages: one key for the whole site. */
export async function withSiteKey<P extends Path>(paths: P[]): Promise<(P & { cacheKey: string })[]> {
  const key = siteKey(await keyContext());
  return paths.map((path) => ({ ...path, cacheKey: key }));
}

/** A municipality's pages: keyed by what is in the municipality (`params.municipality`). */
export async function withMunicipalityKey<P extends Path>(
  paths: P[],
  municipalityOf: (path: P) => string = (path) => path.params.municipality!,
): Promise<(P & { cacheKey: string })[]> {
  const ctx = await keyContext();
  const keys = new Map<string, string>();
  return paths.map((path) => {
    const id = municipalityOf(path);
    if (!keys.has(id)) keys.set(id, municipalityKey(ctx, id));
    return { ...path, cacheKey: keys.get(id)! };
  });
}

/** Pages keyed by the view models they show, built in each page's own edition (`viewModelKey`). */
export async function withViewModelKey<P extends Path>(
  paths: P[],
  viewModels: (ctx: PageContext, path: P) => unknown[],
): Promise<(P & { cacheKey: string })[]> {
  const ctx = await keyContext();
  const contexts = new Map<string, PageContext>();
  for (const lang of settings.editions) contexts.set(lang, await pageContext(lang));
  return paths.map((path) => ({
    ...path,
    cacheKey: viewModelKey(ctx, ...viewModels(contexts.get(editionOf(path.params.lang))!, path)),
  }));
}

/**
 * Pages about one entry: keyed by the view models the page shows, built in the page's own
 * edition with `viewModels`, and by the entry's own file.
 */
export async function withEntryKey<P extends Path & { props: { entry: { id: string } } }>(
  collection: 'actors' | 'fruits' | 'events',
  paths: P[],
  viewModels: (ctx: PageContext, entry: P['props']['entry']) => unknown[],
): Promise<(P & { cacheKey: string })[]> {
  const ctx = await keyContext();
  const contexts = new Map<string, PageContext>();
  for (const lang of settings.editions) contexts.set(lang, await pageContext(lang));
  return paths.map((path) => {
    const page = contexts.get(editionOf(path.params.lang))!;
    const { entry } = path.props;
    return { ...path, cacheKey: entryPageKey(ctx, collection, entry.id, ...viewModels(page, entry)) };
  });
}
