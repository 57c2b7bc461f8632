import type { ForestGeometry } from './layout-forest';
import { escapeXml, groundLine, svgOpen, treeDrawing, type DrawingWords, type RenderOptions } from './render-tree-svg';

/** The forest as one SVG: each tree is one link to its municipality, with a focus ring around it. */
export function renderForestSvg(forest: ForestGeometry, options: RenderOptions & DrawingWords): string {
  const trees = forest.trees.map((entry) => {
    const label = escapeXml(entry.label);
    const ring = `<rect class="hp-ring" x="${entry.x - 6}" y="${entry.y}" width="${entry.tree.width + 12}" height="${forest.height - entry.y - 2}" rx="8"/>`;
    return (
      `<a href="${escapeXml(entry.href)}" aria-label="${label}"><title>${label}</title>${ring}` +
      `<g transform="translate(${entry.x} ${entry.y})">${treeDrawing(entry.tree, options, options.id, false)}</g>` +
      `<text x="${entry.nameX}" y="${entry.nameY}" text-anchor="middle" font-size="24" font-weight="700" fill="#1b1f1c">${escapeXml(entry.name)}</text></a>`
    );
  });
  return (
    svgOpen(forest.width, forest.height, options) + groundLine(8, forest.width - 8, forest.groundY) + trees.join('') + `</svg>`
  );
}
