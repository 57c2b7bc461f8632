import {
  escapeXml,
  groundLine,
  legendIcon,
  svgOpen,
  treeDrawing,
  type DrawingWords,
  type RenderOptions,
} from './render-tree-svg';
import type { TreeGeometry } from './types';

export interface PosterText {
  heading: string;
  subtitle: string;
  legend: string[];
  footer: string;
}

/** A3 portrait, in tenths of a millimetre. */
const PAGE = { width: 2970, height: 4200, margin: 135 };

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && `${current} ${word}`.length > max) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  return current ? [...lines, current] : lines;
}

/**
 * The tree as a standalone A3 poster for printing at partnership breakfasts: a heading, the
 * tree scaled to the page, a legend and the address of the full listing. It carries its own
 * styles and keeps its links, so it also works opened on its own in a browser.
 */
export function renderPosterSvg(tree: TreeGeometry, options: RenderOptions & DrawingWords & { text: PosterText }): string {
  const { width, height, margin } = PAGE;
  const subtitle = wrap(options.text.subtitle, 70)
    .map((line, i) => `<text x="${margin}" y="${470 + i * 80}" font-size="60" fill="#1b1f1c">${escapeXml(line)}</text>`)
    .join('');
  const treeTop = 720;
  const treeBottom = 3650;
  const legendItems = options.text.legend
    .map((item, i) => {
      const kind = (['leaf', 'apple', 'attraction', 'bud'] as const)[i];
      const x = margin + (i % 2) * 1350;
      const y = 3760 + Math.floor(i / 2) * 110;
      const icon = kind
        ? `<g transform="translate(${x + 40} ${y - 18}) scale(3)">${legendIcon(kind).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</g>`
        : '';
      return `${icon}<text x="${x + (kind ? 100 : 0)}" y="${y}" font-size="55" fill="#1b1f1c">${escapeXml(item)}</text>`;
    })
    .join('');
  return (
    svgOpen(width, height, options, ` width="297mm" height="420mm"`) +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="${margin}" y="330" font-size="170" font-weight="700" fill="#1b1f1c">${escapeXml(options.text.heading)}</text>` +
    subtitle +
    `<svg x="${margin}" y="${treeTop}" width="${width - 2 * margin}" height="${treeBottom - treeTop}" viewBox="0 0 ${tree.width} ${tree.height}" preserveAspectRatio="xMidYMid meet">` +
    groundLine(tree.ground.x1, tree.ground.x2, tree.ground.y) +
    treeDrawing(tree, options, options.id) +
    `</svg>` +
    legendItems +
    `<text x="${margin}" y="${height - margin}" font-size="48" fill="#4a524c">${escapeXml(options.text.footer)}</text>` +
    `</svg>`
  );
}
