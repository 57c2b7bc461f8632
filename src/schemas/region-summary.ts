import { z } from 'astro/zod';
import { languages } from '~/i18n/languages';

// The summary a regional site publishes for the national site (`/avoin-data/alue.fi.json`, …;
// `src/lib/national/region-summary.ts` writes it). The national build reads it from the region's
// output or its published site and checks it with this schema before anything of it reaches a
// national page: a region whose summary does not pass is named as missing.

const counts = z.number().int().nonnegative();

/** One page of the regional site as the national search indexes it. */
const summaryRecordSchema = z.object({
  /** What the page is about; the A–Ö takes the actors. */
  type: z.enum(['actor', 'fruit', 'event', 'municipality']),
  /** The page's full address on the regional site (`summaryProblem` checks that it is one). */
  url: z.string(),
  title: z.string().min(1),
  /** The text the national search finds the page by. */
  content: z.string(),
  /** The regional index's filters of the page: name → values. */
  filters: z.record(z.string(), z.array(z.string())),
  /** The regional index's metadata of the page: key → text. */
  meta: z.record(z.string(), z.string()),
  /** The municipality id (the actor's home). */
  municipality: z.string(),
});

/** A municipality of the region with its counts. */
const summaryMunicipalitySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Its page on the regional site. */
  url: z.string(),
  counts: z.object({ actors: counts, fruits: counts, events: counts }),
  /** The counts in words. */
  countsText: z.string(),
});

/** A branch of the shared tree with what the region has on it. */
const summaryBranchSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The branch's colour, `#rrggbb`, drawn into the national forest. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  parent: z.string().optional(),
  actors: counts,
  fruits: counts,
  attractions: counts,
});

export const regionSummarySchema = z.object({
  /** The format's version. */
  version: z.literal(1),
  /** The edition the texts are in. */
  lang: z.enum(languages),
  /** The regional site's address, `https://` or `http://`. */
  site: z.string().regex(/^https?:\/\/[^/]/),
  /** The region's name in the edition and its Statistics Finland code. */
  region: z.object({ name: z.string(), code: z.string() }),
  municipalities: z.array(summaryMunicipalitySchema),
  branches: z.array(summaryBranchSchema),
  records: z.array(summaryRecordSchema),
});
