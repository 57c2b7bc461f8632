import { localize, type Shown } from '../localize';
import { countedActors, tallyText } from '../counts';
import { municipalityOfId } from '../entry-id';
import { activityOf } from '../site-index';
import { layoutForest, type ForestGeometry } from '../tree/layout-forest';
import { layoutNarrowTree } from '../tree/layout-narrow';
import { layoutTree } from '../tree/layout-tree';
import { renderForestSvg, renderForestTreeSvg } from '../tree/render-forest-svg';
import { crownSvg, narrowDefs, narrowIcon, renderTreeSvg, type DrawingWords, type LegendIcon } from '../tree/render-tree-svg';
import type { Label, TreeGeometry, TreeInput } from '../tree/types';
import { files, urls } from '../urls';
import { basedElsewhere } from './common';
import type { Translate } from '../i18n';
import type { PageContext } from '../page-context';

/** The language to mark on a text that is shown in Finnish on another edition. */
function fallbackLang(shown: Shown): string | undefined {
  return shown.fallback ? shown.lang : undefined;
}

/**
 * A municipality's actors (those that count for it: based there or serving it, not defunct),
 * fruits and the shared branches, as the tree layout wants them.
 */
export function treeInputFor(ctx: PageContext, municipalityId: string): TreeInput {
  const { index, lang, t } = ctx;
  const fruits = index.fruitsOf.get(municipalityId) ?? [];
  return {
    branches: index.branchesInOrder.map(({ entry }) => ({
      id: entry.id,
      name: localize(entry.data.name, lang).text,
      lang: fallbackLang(localize(entry.data.name, lang)),
      colour: entry.data.colour,
      parent: entry.data.parent,
      href: urls.branch(lang, municipalityId, entry.id),
    })),
    actors: countedActors(index, municipalityId).map((actor) => ({
      id: actor.id,
      name: actor.data.name,
      href: urls.actor(lang, actor.id),
      branches: actor.data.branches,
      // Actors who share fruits and organise events get their names shown first.
      priority: activityOf(index, actor.id),
      note:
        municipalityOfId(actor.id) === municipalityId
          ? undefined
          : basedElsewhere(ctx, municipalityOfId(actor.id), municipalityId),
    })),
    fruits: fruits.map((fruit) => ({
      id: fruit.id,
      title: localize(fruit.data.title, lang).text,
      lang: fallbackLang(localize(fruit.data.title, lang)),
      href: urls.fruit(lang, fruit.id),
      branch: fruit.data.branch,
      attraction: fruit.data.attraction,
    })),
    text: {
      more: (count) => t('tree.more', { count }),
      tally: (actors, fruits) => tallyText(t, { actors, fruits, events: 0 }),
    },
  };
}

/** A line beside a crown of the narrow tree: a link (with its leaf or apple) or plain text. */
export interface NarrowLine {
  kind: Label['kind'];
  text: string;
  lang?: string | undefined;
  href?: string | undefined;
  /** A decorative leaf or apple shown before the text. */
  icon?: string | undefined;
  /** The accessible name of a "+N more" link (which names its branch) or of an attraction. */
  label?: string | undefined;
  /** Where an actor based elsewhere comes from, shown small after its name. */
  note?: string | undefined;
}

export interface NarrowTree {
  /** The shapes the crowns and icons reuse. */
  defs: string;
  branches: { id: string; crown: string; lines: NarrowLine[] }[];
}

/**
 * The narrow-screen view of a laid-out tree: per top-level branch its crown and its label block,
 * where an actor's name links with its leaf and a fruit's title with its apple. Names are given
 * in full: HTML text wraps, so the drawing's truncation is not needed.
 */
function narrowTreeView(geometry: TreeGeometry, prefix: string, words: DrawingWords): NarrowTree {
  return {
    defs: narrowDefs(prefix),
    branches: layoutNarrowTree(geometry).map((branch) => {
      const head = branch.labels.find((label) => label.kind === 'branch');
      const branchName = head?.text ?? branch.id;
      const lines = branch.labels.map((label): NarrowLine => {
        const line = { kind: label.kind, text: label.text, lang: label.lang, href: label.href };
        const leaf = label.actor ? branch.leaves.find((candidate) => candidate.id === label.actor) : undefined;
        if (leaf) {
          const icon = narrowIcon('leaf', prefix, leaf.colour, leaf.angle);
          return { ...line, text: leaf.name, href: leaf.href, icon, note: leaf.note };
        }
        const apple = label.fruit ? branch.apples.find((candidate) => candidate.id === label.fruit) : undefined;
        if (apple) {
          return {
            ...line,
            text: apple.title,
            href: apple.href,
            icon: narrowIcon(apple.attraction ? 'attraction' : 'apple', prefix),
            // The star is drawn, not read: an attraction says so in its name.
            label: apple.attraction ? `${apple.title}, ${words.attractionWord}` : undefined,
          };
        }
        return label.kind === 'more' ? { ...line, label: `${label.text} – ${branchName}` } : line;
      });
      return { id: branch.id, crown: crownSvg(branch, prefix), lines };
    }),
  };
}

/** Container widths, in CSS pixels, at which the wide drawing may be shown; global.css has one container query per step (a test keeps them equal). */
export const WIDE_STEPS = [600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400] as const;

/**
 * The narrowest step of {@link WIDE_STEPS} that holds the whole drawing (with its frame), or
 * `undefined` when none does and the narrow view is always shown.
 */
export function wideFrom(width: number): number | undefined {
  return WIDE_STEPS.find((step) => step >= width + 2);
}

/** A legend entry: the shape it explains and what that shape means. */
export interface LegendEntry {
  icon: LegendIcon;
  text: string;
}

/** What the tree's shapes mean, for the legend beside the tree and on the poster. */
function treeLegend(t: PageContext['t']): LegendEntry[] {
  return [
    { icon: 'leaf', text: t('tree.legend.leaf') },
    { icon: 'apple', text: t('tree.legend.apple') },
    { icon: 'attraction', text: t('tree.legend.attraction') },
    { icon: 'bud', text: t('tree.legend.bud') },
  ];
}

export interface MunicipalityTree {
  geometry: TreeGeometry;
  svg: string;
  /** The same tree for narrow screens: branches stacked with their names as HTML text. */
  narrow: NarrowTree;
  /** The container width from which the wide drawing replaces the narrow view. */
  wideFrom: number | undefined;
  title: string;
  description: string;
  legend: LegendEntry[];
  /** The poster downloads: PDF for A3 and A4, and the SVG it is drawn from. */
  posters: { text: string; href: string }[];
}

function counts(ctx: PageContext, input: TreeInput) {
  return {
    actors: ctx.t('counts.actors', { count: input.actors.length }),
    fruits: ctx.t('counts.fruits', { count: input.fruits.length }),
  };
}

/** The tree of one municipality, laid out and written as SVG, with its title and description. */
export function buildMunicipalityTree(ctx: PageContext, municipalityId: string, idPrefix = 'puu'): MunicipalityTree {
  const { t, lang } = ctx;
  const input = treeInputFor(ctx, municipalityId);
  const municipality = localize(ctx.index.municipality.get(municipalityId)!.data.name, lang).text;
  const geometry = layoutTree(input);
  const title = t('tree.title', { municipality });
  const description = t('tree.description', counts(ctx, input));
  const id = `${idPrefix}-${municipalityId}`;
  return {
    geometry,
    narrow: narrowTreeView(geometry, `${id}-kapea`, { fruitWord: t('tree.fruit'), attractionWord: t('tree.attraction') }),
    wideFrom: wideFrom(geometry.width),
    svg: renderTreeSvg(geometry, {
      id,
      title,
      description,
      fruitWord: t('tree.fruit'),
      attractionWord: t('tree.attraction'),
    }),
    title,
    description,
    legend: treeLegend(t),
    posters: [
      ...(['a3', 'a4'] as const).map((size) => ({
        text: t('tree.poster.pdf', { size: size.toUpperCase() }),
        href: files.posterPdf(lang, municipalityId, size),
      })),
      { text: t('tree.poster.svg'), href: files.poster(lang, municipalityId) },
    ],
  };
}

/** The most trees the front page's forest draws; a national site lists the rest below it. */
export const FOREST_MAX_TREES = 8;

/**
 * The region's forest: the municipalities' trees at one scale, each a link to its page. With
 * more than {@link FOREST_MAX_TREES} municipalities it draws the ones with most actors, so the
 * front page stays light; every municipality is listed under the forest anyway.
 */
export interface Forest {
  svg: string;
  /** The same trees for a phone: each its own small drawing, with its name as HTML text. */
  trees: { id: string; name: string; href: string; label: string; svg: string }[];
  shown: number;
  total: number;
}

export function buildForest(ctx: PageContext): Forest {
  const { t, lang, index } = ctx;
  const size = (id: string) => countedActors(index, id).length;
  const chosen = new Set(
    [...index.municipalities]
      .sort((a, b) => size(b.id) - size(a.id))
      .slice(0, FOREST_MAX_TREES)
      .map((municipality) => municipality.id),
  );
  const forest = layoutForest(
    index.municipalities
      .filter((municipality) => chosen.has(municipality.id))
      .map((municipality) => {
        const input = treeInputFor(ctx, municipality.id);
        const name = localize(municipality.data.name, lang).text;
        return {
          id: municipality.id,
          name,
          href: urls.municipality(lang, municipality.id),
          label: t('forest.tree', { municipality: name, ...counts(ctx, input) }),
          input,
        };
      }),
  );
  const drawn = drawForest(t, forest, { id: 'metsa', title: t('forest.title'), description: t('forest.description') });
  return { ...drawn, shown: chosen.size, total: index.municipalities.length };
}

/**
 * A laid-out forest drawn both ways: one SVG for a wide screen, and each tree on its own for a
 * phone's list (the regional front page's municipalities, the national front page's regions).
 */
export function drawForest(
  t: Translate,
  forest: ForestGeometry,
  { id, title, description }: { id: string; title: string; description: string },
): Pick<Forest, 'svg' | 'trees'> {
  const words = { fruitWord: t('tree.fruit'), attractionWord: t('tree.attraction') };
  const svg = renderForestSvg(forest, { id, title, description, ...words });
  const trees = forest.trees.map((entry) => ({
    id: entry.id,
    name: entry.name,
    href: entry.href,
    label: entry.label,
    svg: renderForestTreeSvg(forest, entry, words, `${id}-${entry.id}`),
  }));
  return { svg, trees };
}
