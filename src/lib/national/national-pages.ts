import type { Language } from '~/i18n/languages';
import { tallyText, type Tally } from '../counts';
import type { Translate } from '../i18n';
import { finnishCollator } from '../localize';
import { layoutForest } from '../tree/layout-forest';
import type { TreeInput } from '../tree/types';
import { nationalUrls, urls } from '../urls';
import type { Crumb } from '../view-models/common';
import { drawForest, type Forest } from '../view-models/tree';
import { publishedRegions, type MissingReason, type NationalRegion, type PublishedRegion } from './nation';

/** The words and edition every national view model is built in. */
export interface NationalContext {
  lang: Language;
  t: Translate;
  regions: NationalRegion[];
}

export interface RegionCard {
  name: string;
  /** The region's page on the national site. */
  href: string;
  /** The region's own site. */
  site: string;
  /** "26 kuntaa · 6256 toimijaa · 40 hedelmää" */
  counts: string;
}

export interface MissingRegion {
  name: string;
  href: string;
  /** Why it is missing, in words. */
  reason: string;
}

/** What a region holds, counted from its summary's records. */
export function regionTally(region: PublishedRegion): Tally {
  const count = (type: string) => region.summary.records.filter((record) => record.type === type).length;
  return { actors: count('actor'), fruits: count('fruit'), events: count('event') };
}

function regionCounts(ctx: NationalContext, region: PublishedRegion): string {
  const municipalities = ctx.t('national.municipalities', { count: region.summary.municipalities.length });
  return `${municipalities} · ${tallyText(ctx.t, regionTally(region))}`;
}

function reasonText(t: Translate, reason: MissingReason): string {
  if (reason.kind === 'failed') return t('national.missing.failed');
  if (reason.kind === 'no-summary') return t('national.missing.noSummary');
  return `${t('national.missing.unreadable')} (${reason.detail})`;
}

export function missingRegions(ctx: NationalContext): MissingRegion[] {
  return ctx.regions.flatMap((region) =>
    region.published
      ? []
      : [{ name: region.name, href: nationalUrls.region(ctx.lang, region.id), reason: reasonText(ctx.t, region.reason) }],
  );
}

/** 1, 2, 5, 10, 20, 50, … : the smallest such step that keeps `largest` within `most` marks. */
function niceStep(largest: number, most: number): number {
  for (let power = 1; ; power *= 10) {
    for (const step of [1, 2, 5]) if (largest / (step * power) <= most) return step * power;
  }
}

/** The most leaves the largest region's tree gets, and the most apples. */
const MOST_LEAVES = 120;
const MOST_APPLES = 12;

/**
 * A region's tree: its branches with one leaf per `perLeaf` actors whose first branch it is and
 * one apple per `perApple` fruits, rounded up so that a branch with anything on it shows it.
 * Leaves are unlabelled; the tree as a whole is one link to the region's page.
 */
function regionTreeInput(region: PublishedRegion, href: string, perLeaf: number, perApple: number): TreeInput {
  const { branches } = region.summary;
  const marks = (count: number, per: number) => Array.from({ length: Math.ceil(count / per) }, (_, i) => i);
  return {
    branches: branches.map((branch) => ({
      id: branch.id,
      name: branch.name,
      colour: branch.colour,
      parent: branch.parent,
      href,
    })),
    actors: branches.flatMap((branch) =>
      marks(branch.actors, perLeaf).map((i) => ({ id: `${branch.id}-${i}`, name: '', href, branches: [branch.id], priority: 0 })),
    ),
    fruits: branches.flatMap((branch) =>
      marks(branch.fruits, perApple).map((i) => ({
        id: `${branch.id}-${i}`,
        title: '',
        href,
        branch: branch.id,
        attraction: i < Math.ceil(branch.attractions / perApple),
      })),
    ),
    text: { more: () => '', tally: () => '' },
  };
}

/** What the forest's scale is, in words: "yksi lehti on 20 toimijaa ja yksi omena 2 hedelmää". */
function forestDescription(t: Translate, perLeaf: number, perApple: number): string {
  return t('national.forestDescription', {
    leaf: t('counts.actors', { count: perLeaf }),
    apple: t('counts.fruits', { count: perApple }),
  });
}

/** The national forest: every published region's tree at one scale, each a link to its page. */
export function buildRegionForest(ctx: NationalContext): Forest & { description: string } {
  const { t, lang } = ctx;
  const regions = publishedRegions(ctx.regions);
  const branchTotals = (key: 'actors' | 'fruits') => (region: PublishedRegion) =>
    region.summary.branches.reduce((sum, branch) => sum + branch[key], 0);
  const perLeaf = niceStep(Math.max(1, ...regions.map(branchTotals('actors'))), MOST_LEAVES);
  const perApple = niceStep(Math.max(1, ...regions.map(branchTotals('fruits'))), MOST_APPLES);
  const forest = layoutForest(
    regions.map((region) => {
      const href = nationalUrls.region(lang, region.id);
      const tally = regionTally(region);
      return {
        id: region.id,
        name: region.name,
        href,
        label: t('national.forestTree', {
          region: region.name,
          actors: t('counts.actors', { count: tally.actors }),
          fruits: t('counts.fruits', { count: tally.fruits }),
        }),
        input: regionTreeInput(region, href, perLeaf, perApple),
      };
    }),
  );
  const description = forestDescription(t, perLeaf, perApple);
  const drawn = drawForest(t, forest, { id: 'maametsa', title: t('national.forestTitle'), description });
  return { ...drawn, shown: drawn.trees.length, total: ctx.regions.length, description };
}

export interface NationalHome {
  forest: ReturnType<typeof buildRegionForest>;
  regions: RegionCard[];
  missing: MissingRegion[];
}

export function buildNationalHome(ctx: NationalContext): NationalHome {
  return {
    forest: buildRegionForest(ctx),
    regions: publishedRegions(ctx.regions).map((region) => ({
      name: region.name,
      href: nationalUrls.region(ctx.lang, region.id),
      site: region.summary.site,
      counts: regionCounts(ctx, region),
    })),
    missing: missingRegions(ctx),
  };
}

export interface RegionPage {
  name: string;
  /** Set when the region has published its summary. */
  published?: {
    site: string;
    counts: string;
    municipalities: { name: string; href: string; counts: string }[];
    directory: string;
    /** The national search narrowed to the region. */
    search: string;
  };
  /** Set when it has not: why. */
  missing?: string;
  breadcrumbs: Crumb[];
}

export function buildRegionPage(ctx: NationalContext, region: NationalRegion): RegionPage {
  const { t, lang } = ctx;
  const breadcrumbs = [{ label: t('nav.home'), href: urls.home(lang) }, { label: region.name }];
  if (!region.published) return { name: region.name, missing: reasonText(t, region.reason), breadcrumbs };
  return {
    name: region.name,
    published: {
      site: region.summary.site,
      counts: regionCounts(ctx, region),
      municipalities: region.summary.municipalities.map((m) => ({ name: m.name, href: m.url, counts: m.countsText })),
      directory: nationalUrls.regionDirectory(lang, region.id),
      search: `${urls.search(lang)}?${new URLSearchParams({ alue: region.name })}`,
    },
    breadcrumbs,
  };
}

export interface NationalDirectory {
  regions: { name: string; href: string; counts: string }[];
  missing: MissingRegion[];
  breadcrumbs: Crumb[];
}

/** The national A–Ö: one link per region to its own list. */
export function buildNationalDirectory(ctx: NationalContext): NationalDirectory {
  const { t, lang } = ctx;
  return {
    regions: publishedRegions(ctx.regions).map((region) => ({
      name: region.name,
      href: nationalUrls.regionDirectory(lang, region.id),
      counts: t('counts.actors', { count: regionTally(region).actors }),
    })),
    missing: missingRegions(ctx),
    breadcrumbs: [{ label: t('nav.home'), href: urls.home(lang) }, { label: t('national.directory.heading') }],
  };
}

export interface RegionDirectory {
  name: string;
  site: string;
  letters: { letter: string; actors: { name: string; href: string; municipality: string }[] }[];
  breadcrumbs: Crumb[];
}

/** A region's actors A–Ö, grouped by their initial letter, each a link into the regional site. */
export function buildRegionDirectory(ctx: NationalContext, region: PublishedRegion): RegionDirectory {
  const { t, lang } = ctx;
  const names = new Map(region.summary.municipalities.map((m) => [m.id, m.name]));
  const actors = region.summary.records
    .filter((record) => record.type === 'actor')
    .map((record) => ({ name: record.title, href: record.url, municipality: names.get(record.municipality) ?? '' }))
    .sort((a, b) => finnishCollator.compare(a.name, b.name));
  const letters: RegionDirectory['letters'] = [];
  for (const actor of actors) {
    const letter = actor.name.charAt(0).toLocaleUpperCase(lang);
    const group = letters.at(-1)?.letter === letter ? letters.at(-1)! : letters[letters.push({ letter, actors: [] }) - 1]!;
    group.actors.push(actor);
  }
  return {
    name: region.name,
    site: region.summary.site,
    letters,
    breadcrumbs: [
      { label: t('nav.home'), href: urls.home(lang) },
      { label: t('national.directory.heading'), href: nationalUrls.directory(lang) },
      { label: region.name },
    ],
  };
}
