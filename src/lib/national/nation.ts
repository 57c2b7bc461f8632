import type { Language } from '~/i18n/languages';
import type { LocalizedText } from '~/schemas/localized-text';
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

/** Why a parsed summary cannot be used, or nothing when it can. */
export function summaryProblem(json: unknown, lang: Language): string | undefined {
  if (typeof json !== 'object' || json === null) return 'not a JSON object';
  const summary = json as Partial<RegionSummary>;
  if (summary.version !== SUMMARY_VERSION) return `version ${String(summary.version)}, expected ${SUMMARY_VERSION}`;
  if (summary.lang !== lang) return `language ${String(summary.lang)}, expected ${lang}`;
  for (const field of ['municipalities', 'branches', 'records'] as const) {
    if (!Array.isArray(summary[field])) return `${field} is not a list`;
  }
  if (typeof summary.site !== 'string' || !/^https?:\/\//.test(summary.site)) return 'site is not an http(s) address';
  // Every address the national pages link to must be a page of the region's own site.
  const elsewhere = [...summary.records!, ...summary.municipalities!].find(
    (entry) => typeof entry?.url !== 'string' || !entry.url.startsWith(summary.site!),
  );
  if (elsewhere) return `an address outside ${summary.site}: ${JSON.stringify(elsewhere?.url).slice(0, 80)}`;
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
