import type { Language } from '~/i18n/languages';
import type { LocalizedText } from '~/schemas/localized-text';
import { regionSummarySchema } from '~/schemas/region-summary';
import { fieldName } from '../friendly-errors';
import { localize } from '../localize';
import { SUMMARY_VERSION, type RegionSummary } from './region-summary';

/** A region the national site expects: a folder of the national layout (`alueet/<id>/`). */
export interface ExpectedRegion {
  /** The folder name, e.g. `uusimaa`; the region's address on the national site. */
  id: string;
  /** From the region's municipality files; missing when none could be read. */
  name?: LocalizedText | undefined;
  code?: string | undefined;
}

/** What the national build found of one region: its summary in the edition, or why there is none. */
export type NationalRegion = {
  id: string;
  /** The region's name in the edition (its folder name when nothing better is known). */
  name: string;
  code: string;
} & ({ published: true; summary: RegionSummary } | { published: false; reason: MissingReason });

/** Why a region is missing from the national site: its build failed, or it published nothing usable. */
export type MissingReason = { kind: 'failed' } | { kind: 'no-summary' } | { kind: 'unreadable'; detail: string };

/** A region's summary file as read: its parsed JSON, or that the file is not there. */
export type SummaryFile = { found: true; json: unknown } | { found: false };

/** Whether `url` is a page of the site at `site` (same origin, under its path). */
function isPageOf(url: string, site: URL): boolean {
  try {
    const page = new URL(url);
    return page.origin === site.origin && page.pathname.startsWith(site.pathname);
  } catch {
    return false;
  }
}

/** Why a parsed summary cannot be used, or nothing when it can. */
export function summaryProblem(json: unknown, lang: Language): string | undefined {
  if (typeof json !== 'object' || json === null) return 'not a JSON object';
  const { version, lang: given, site } = json as Partial<RegionSummary>;
  if (version !== SUMMARY_VERSION) return `version ${String(version)}, expected ${SUMMARY_VERSION}`;
  if (given !== lang) return `language ${String(given)}, expected ${lang}`;
  if (typeof site !== 'string' || !/^https?:\/\//.test(site)) return 'site is not an http(s) address';
  const parsed = regionSummarySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${fieldName(issue.path as (string | number)[])}: ${issue.message}`;
  }
  // Every address the national pages link to must be a page of the region's own site.
  const base = new URL(parsed.data.site);
  const elsewhere = [...parsed.data.records, ...parsed.data.municipalities].find((entry) => !isPageOf(entry.url, base));
  if (elsewhere) return `an address outside ${parsed.data.site}: ${JSON.stringify(elsewhere.url).slice(0, 80)}`;
  return undefined;
}

/**
 * The regions of the national site in one edition, in the order expected: each with its summary,
 * or marked missing with the reason (its build failed, it has no summary, or the summary is of
 * another version). A region is never dropped silently: the national pages name every missing one.
 */
export function assembleNation(
  expected: readonly ExpectedRegion[],
  lang: Language,
  summaryOf: (id: string) => SummaryFile,
  failed: ReadonlySet<string> = new Set(),
): NationalRegion[] {
  return expected.map((region) => {
    const base = { id: region.id, name: region.name ? localize(region.name, lang).text : region.id, code: region.code ?? '' };
    if (failed.has(region.id)) return { ...base, published: false, reason: { kind: 'failed' } };
    const file = summaryOf(region.id);
    if (!file.found) return { ...base, published: false, reason: { kind: 'no-summary' } };
    const problem = summaryProblem(file.json, lang);
    if (problem) return { ...base, published: false, reason: { kind: 'unreadable', detail: problem } };
    const summary = file.json as RegionSummary;
    return { ...base, name: summary.region.name || base.name, code: summary.region.code || base.code, published: true, summary };
  });
}

export type PublishedRegion = Extract<NationalRegion, { published: true }>;

export function publishedRegions(regions: readonly NationalRegion[]): PublishedRegion[] {
  return regions.filter((region): region is PublishedRegion => region.published);
}
