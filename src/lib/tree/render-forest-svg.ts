import type { Element } from 'hast';
import { s } from 'hastscript';
import type { ForestGeometry, ForestTree } from './layout-forest';
import {
  decorativeSvg,
  groundLine,
  shapeDefs,
  treeDrawing,
  treeSvg,
  type DrawingWords,
  type RenderOptions,
} from './render-tree-svg';
import { svgMarkup } from './svg-markup';

/** One tree of the forest as one link to its municipality, with a focus ring around it and its name under it. */
function forestTreeLink(forest: ForestGeometry, entry: ForestTree, options: RenderOptions & DrawingWords): Element {
  return s('a', { href: entry.href, 'aria-label': entry.label }, [
    s('title', entry.label),
    s('rect', {
      class: 'hp-ring',
      x: entry.x - 6,
      y: entry.y,
      width: entry.tree.width + 12,
      height: forest.height - entry.y - 2,
      rx: 8,
    }),
    s('g', { transform: `translate(${entry.x} ${entry.y})` }, treeDrawing(entry.tree, options, options.id, false)),
    s(
      'text',
      { x: entry.nameX, y: entry.nameY, 'text-anchor': 'middle', 'font-size': 24, 'font-weight': 700, fill: '#1b1f1c' },
      entry.name,
    ),
  ]);
}

/** The forest as one SVG: each tree is one link to its municipality, with a focus ring around it. */
export function renderForestSvg(forest: ForestGeometry, options: RenderOptions & DrawingWords): string {
  const content = [
    groundLine(8, forest.width - 8, forest.groundY),
    ...forest.trees.map((entry) => forestTreeLink(forest, entry, options)),
  ];
  return svgMarkup(treeSvg(forest.width, forest.height, options, content));
}

/**
 * One tree of the forest on its own, for the phone's list of trees: decorative (the link around
 * it and the name under it are HTML), cut from the forest with its own stretch of ground so that
 * all trees keep standing on one line. Its `width` is a share of the widest tree's, so the list
 * keeps the forest's single scale when its items are equally wide.
 */
export function renderForestTreeSvg(forest: ForestGeometry, entry: ForestTree, words: DrawingWords, prefix: string): string {
  const widest = Math.max(...forest.trees.map((tree) => tree.tree.width));
  const x = entry.x - 6;
  const width = entry.tree.width + 12;
  const height = forest.groundY + 10;
  const size = { viewBox: `${x} 0 ${width} ${height}`, width: `${Math.round((1000 * width) / (widest + 12)) / 10}%` };
  return svgMarkup(
    decorativeSvg({ class: 'hp-forest-list__tree', ...size }, [
      shapeDefs(prefix),
      groundLine(x + 2, x + width - 2, forest.groundY),
      s('g', { transform: `translate(${entry.x} ${entry.y})` }, treeDrawing(entry.tree, words, prefix, false)),
    ]),
  );
}
