import type { Language } from '~/i18n/languages';
import { tally, tallyText, type Tally } from '../counts';
import { localize } from '../localize';
import { municipalityOfId } from '../entry-id';
import { isListed } from '../site-index';
import { urls } from '../urls';
import {
  actorSearchData,
  eventSearchData,
  fruitSearchData,
  municipalitySearchData,
  type SearchData,
} from '../view-models/search-data';
import type { PageContext } from '../page-context';

/** The summary's format; the national build refuses a summary of another version. */
export const SUMMARY_VERSION = 1;

/** One page of the regional site as the national search indexes it. */
export interface SummaryRecord {
  /** What the page is about; the A–Ö list takes the actors. */
  type: 'actor' | 'fruit' | 'event' | 'municipality';
  /** The page's full address on the regional site. */
  url: string;
  title: string;
  /** The text the national search finds the page by: its title and its short description. */
  content: string;
  /** The filters and the metadata the regional index gives the same page (`search-data.ts`). */
  filters: SearchData['filters'];
  meta: SearchData['meta'];
  /** The municipality (the actor's home) id, for the A–Ö list. */
  municipality: string;
}

export interface SummaryMunicipality {
  id: string;
  name: string;
  /** The municipality's page on the regional site. */
  url: string;
  counts: Tally;
  /** The counts in words, "7 toimijaa · 1 hedelmä". */
  countsText: string;
}

/** A branch of the shared tree with what the whole region has on it: the national forest's trees are drawn from these. */
export interface SummaryBranch {
  id: string;
  name: string;
  colour: string;
  parent?: string | undefined;
  actors: number;
  fruits: number;
  attractions: number;
}

/**
 * What a regional site publishes for the national site, in one edition's language
 * (`/avoin-data/alue.fi.json`, …): its region, municipalities, the branches' sizes and one
 * search record per actor, fruit, event and municipality. The national layer is built from these
 * summaries alone, never from the regions' content.
 */
export interface RegionSummary {
  version: typeof SUMMARY_VERSION;
  lang: Language;
  /** The regional site's address, e.g. `https://uusimaa.hyvinvointipuu.fi/`. */
  site: string;
  region: { name: string; code: string };
  municipalities: SummaryMunicipality[];
  branches: SummaryBranch[];
  records: SummaryRecord[];
}

function record(
  site: URL,
  type: SummaryRecord['type'],
  url: string,
  search: SearchData,
  description: string,
  municipality: string,
): SummaryRecord {
  const title = search.meta.title ?? '';
  return {
    type,
    url: new URL(url, site).href,
    title,
    content: [title, description].filter(Boolean).join('\n'),
    filters: search.filters,
    meta: search.meta,
    municipality,
  };
}

/** The summary of the region being built, in the context's edition, for the site at `site`. */
export function buildRegionSummary(ctx: PageContext, site: URL): RegionSummary {
  const { index, lang, t } = ctx;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, lang).text;
  const first = index.municipalities[0];
  const records = [
    ...index.municipalities.map((m) =>
      record(site, 'municipality', urls.municipality(lang, m.id), municipalitySearchData(ctx, m.id), text(m.data.intro), m.id),
    ),
    ...index.actors
      .filter(isListed)
      .map((a) =>
        record(site, 'actor', urls.actor(lang, a.id), actorSearchData(ctx, a), text(a.data.description), municipalityOfId(a.id)),
      ),
    ...index.fruits.map((f) =>
      record(site, 'fruit', urls.fruit(lang, f.id), fruitSearchData(ctx, f), text(f.data.summary), municipalityOfId(f.id)),
    ),
    ...index.events.map((e) =>
      record(site, 'event', urls.event(lang, e.id), eventSearchData(ctx, e), text(e.data.summary), municipalityOfId(e.id)),
    ),
  ];
  const listed = index.actors.filter(isListed);
  return {
    version: SUMMARY_VERSION,
    lang,
    site: new URL('/', site).href,
    region: { name: first ? text(first.data.region.name) : '', code: first?.data.region.code ?? '' },
    municipalities: index.municipalities.map((m) => {
      const counts = tally(index, m.id);
      return {
        id: m.id,
        name: text(m.data.name),
        url: new URL(urls.municipality(lang, m.id), site).href,
        counts,
        countsText: tallyText(t, counts),
      };
    }),
    branches: index.branchesInOrder.map(({ entry }) => ({
      id: entry.id,
      name: text(entry.data.name),
      colour: entry.data.colour,
      parent: entry.data.parent,
      // Each actor counts once, on its first branch, where its leaf grows on a municipality's tree.
      actors: listed.filter((actor) => actor.data.branches[0] === entry.id).length,
      fruits: index.fruits.filter((fruit) => fruit.data.branch === entry.id).length,
      attractions: index.fruits.filter((fruit) => fruit.data.branch === entry.id && fruit.data.attraction).length,
    })),
    records,
  };
}
