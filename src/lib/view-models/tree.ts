import { localize, type Shown } from '../localize';
import { activityOf, isListed } from '../site-index';
import { layoutForest } from '../tree/layout-forest';
import { layoutTree } from '../tree/layout-tree';
import { renderForestSvg } from '../tree/render-forest-svg';
import { renderTreeSvg } from '../tree/render-tree-svg';
import type { TreeGeometry, TreeInput } from '../tree/types';
import { urls } from '../urls';
import type { PageContext } from './common';

/** The language to mark on a text that is shown in Finnish on another edition. */
function fallbackLang(shown: Shown): string | undefined {
  return shown.fallback ? shown.lang : undefined;
}

/** A municipality's actors (listed ones), fruits and the shared branches, as the tree layout wants them. */
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
    actors: (index.actorsOf.get(municipalityId) ?? []).filter(isListed).map((actor) => ({
      id: actor.id,
      name: actor.data.name,
      href: urls.actor(lang, actor.id),
      branches: actor.data.branches,
      // Actors who share fruits and organise events get their names shown first.
      priority: activityOf(index, actor.id),
    })),
    fruits: fruits.map((fruit) => ({
      id: fruit.id,
      title: localize(fruit.data.title, lang).text,
      lang: fallbackLang(localize(fruit.data.title, lang)),
      href: urls.fruit(lang, fruit.id),
      branch: fruit.data.branch,
      attraction: fruit.data.attraction,
    })),
    text: { more: (count) => t('tree.more', { count }), fruit: t('tree.fruit'), attraction: t('tree.attraction') },
  };
}

export interface MunicipalityTree {
  geometry: TreeGeometry;
  svg: string;
  title: string;
  description: string;
  posterHref: string;
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
  return {
    geometry,
    svg: renderTreeSvg(geometry, {
      id: `${idPrefix}-${municipalityId}`,
      title,
      description,
      fruitWord: t('tree.fruit'),
      attractionWord: t('tree.attraction'),
    }),
    title,
    description,
    posterHref: urls.poster(lang, municipalityId),
  };
}

/** The most trees the front page's forest draws; a national site lists the rest below it. */
export const FOREST_MAX_TREES = 8;

/**
 * The region's forest: the municipalities' trees at one scale, each a link to its page. With
 * more than {@link FOREST_MAX_TREES} municipalities it draws the ones with most actors, so the
 * front page stays light; every municipality is listed under the forest anyway.
 */
export function buildForest(ctx: PageContext): { svg: string; shown: number; total: number } {
  const { t, lang, index } = ctx;
  const size = (id: string) => (index.actorsOf.get(id) ?? []).filter(isListed).length;
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
  const svg = renderForestSvg(forest, {
    id: 'metsa',
    title: t('forest.title'),
    description: t('forest.description'),
    fruitWord: t('tree.fruit'),
    attractionWord: t('tree.attraction'),
  });
  return { svg, shown: chosen.size, total: index.municipalities.length };
}
