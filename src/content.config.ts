import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionName } from './schemas/collections';
import { settings } from './config/settings';
import { collectionFolder } from './lib/content-roots';
import { entryIdFromPath } from './lib/entry-id';

/** Loads `content/<name>/` with the file extensions and ids the content check uses too. */
function loader(name: CollectionName) {
  const extensions = collectionSpecs[name].extensions.map((extension) => extension.slice(1));
  return glob({
    base: collectionFolder(settings.contentRoots, name),
    pattern: extensions.length > 1 ? `**/*.{${extensions.join(',')}}` : `**/*.${extensions[0]}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

export const collections = {
  municipalities: defineCollection({ loader: loader('municipalities'), schema: collectionSpecs.municipalities.schema }),
  branches: defineCollection({ loader: loader('branches'), schema: collectionSpecs.branches.schema }),
  actors: defineCollection({ loader: loader('actors'), schema: collectionSpecs.actors.schema }),
  fruits: defineCollection({ loader: loader('fruits'), schema: collectionSpecs.fruits.schema }),
  events: defineCollection({ loader: loader('events'), schema: collectionSpecs.events.schema }),
  pages: defineCollection({ loader: loader('pages'), schema: collectionSpecs.pages.schema }),
  channels: defineCollection({ loader: loader('channels'), schema: collectionSpecs.channels.schema }),
  venues: defineCollection({ loader: loader('venues'), schema: collectionSpecs.venues.schema }),
};
