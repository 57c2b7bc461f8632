import type { z } from 'astro/zod';
import { actorSchema } from './actor';
import { branchSchema } from './branch';
import { channelSchema } from './channel';
import { eventSchema } from './event';
import { fruitSchema } from './fruit';
import { municipalitySchema } from './municipality';
import { pageSchema } from './page';
import { venueSchema } from './venue';

/** How a collection is laid out in `content/`. */
export interface CollectionSpec {
  /** The zod schema of one entry's data. */
  schema: z.ZodType;
  /** File extensions that belong to the collection. */
  extensions: readonly string[];
  /** Whether entries sit in one folder per municipality (`actors/vimpeli/spr.md`). */
  byMunicipality: boolean;
  /** Whether every region shares the collection (read from the shared folder of a national layout). */
  shared: boolean;
}

/**
 * Every content collection, in one place: `src/content.config.ts` wires them into Astro and the
 * content check (`src/lib/content-check/`) reads the same specs, so both validate alike.
 * Actor, fruit and event entries are plain Markdown: MDX runs code at build time and is kept
 * for maintainers' pages.
 */
export const collectionSpecs = {
  municipalities: { schema: municipalitySchema, extensions: ['.yaml', '.yml'], byMunicipality: false, shared: false },
  branches: { schema: branchSchema, extensions: ['.yaml', '.yml'], byMunicipality: false, shared: true },
  actors: { schema: actorSchema, extensions: ['.md'], byMunicipality: true, shared: false },
  fruits: { schema: fruitSchema, extensions: ['.md'], byMunicipality: true, shared: false },
  events: { schema: eventSchema, extensions: ['.md'], byMunicipality: true, shared: false },
  pages: { schema: pageSchema, extensions: ['.md', '.mdx'], byMunicipality: false, shared: true },
  channels: { schema: channelSchema, extensions: ['.yaml', '.yml'], byMunicipality: false, shared: true },
  venues: { schema: venueSchema, extensions: ['.yaml', '.yml'], byMunicipality: true, shared: false },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionSpecs;
export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];
