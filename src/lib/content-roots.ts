import { join } from 'node:path';
import { collectionSpecs, type CollectionName } from '~/schemas/collections';

/**
 * Where the collections are read from. A site of one region keeps everything in one folder
 * (`content/`); a national layout keeps each region's own entries (municipalities, actors,
 * fruits, events, venues) in the region's folder and the small data every region shares
 * (branches, channels, the legal pages) in one shared folder, so that a region's build reads no
 * other region's files.
 */
export interface ContentRoots {
  /** The region's own collections. */
  own: string;
  /** The shared collections (`shared: true` in `collectionSpecs`); the same folder as `own` for one region. */
  shared: string;
}

/** The folder of one collection: `<own>/actors`, `<shared>/branches`. */
export function collectionFolder(roots: ContentRoots, collection: CollectionName): string {
  return join(collectionSpecs[collection].shared ? roots.shared : roots.own, collection);
}

/** One folder for everything, as a site of one region keeps its content. */
export function oneRoot(root: string): ContentRoots {
  return { own: root, shared: root };
}
