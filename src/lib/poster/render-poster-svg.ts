import type { Element } from 'hast';
import { s } from 'hastscript';
import {
  groundLine,
  legendShape,
  type LegendIcon,
  treeDrawing,
  treeSvg,
  type DrawingWords,
  type RenderOptions,
} from '../tree/render-tree-svg';
import { svgMarkup } from '../tree/svg-markup';
import type { TreeGeometry } from '../tree/types';
import { charsIn, POSTER_TYPE, posterLayout, wrap, wrapAddress, type PosterLayout } from './poster-layout';
import { qrCode, qrCodeSvg } from './qr-code';

export interface PosterText {
  heading: string;
  subtitle: string;
  /** The legend: each entry with the shape it explains. */
  legend: { icon: LegendIcon; text: string }[];
  /** What the address and its QR code lead to: "Koko luettelo ja yhteystiedot". */
  more: string;
  /** The municipality page's full address, printed and in the QR code. */
  address: string;
}

const INK = '#1b1f1c';

/** Lines of text from `x`, `y` down, `leading` apart; `bold` for the heading and the panel's words. */
function textLines(lines: string[], x: number, y: number, size: number, leading: number, bold = false): Element[] {
  return lines.map((line, i) =>
    s('text', { x, y: Math.round(y + i * leading), 'font-size': size, 'font-weight': bold ? 700 : undefined, fill: INK }, line),
  );
}

/** A legend entry: the drawing's own shape, three times its size on screen, and its meaning (wrapped to `width`). */
function legendEntry(kind: LegendIcon, text: string, x: number, y: number, width: number) {
  const icon = s('g', { transform: `translate(${x + 40} ${y - 18}) scale(3)` }, legendShape(kind));
  const lines = wrap(text, charsIn(width - 100, POSTER_TYPE.legend));
  const leading = POSTER_TYPE.legend * 1.25;
  return {
    drawing: [icon, ...textLines(lines, x + 100, y, POSTER_TYPE.legend, leading)],
    height: Math.max(lines.length * leading, 90) + 30,
  };
}

/**
 * The panel: the QR code of the municipality page, what it leads to and its address, and the
 * legend. In a bottom band the code stands at the right; in a side column it comes first.
 */
function panelContent(layout: PosterLayout, text: PosterText): Element[] {
  const { panel } = layout;
  const code = qrCode(text.address);
  const qrSize = Math.min(panel.arrangement === 'row' ? panel.height : panel.width, 620);
  const qrAt = panel.arrangement === 'row' ? { x: panel.x + panel.width - qrSize, y: panel.y } : { x: panel.x, y: panel.y };
  const textX = panel.x;
  const textWidth = panel.arrangement === 'row' ? panel.width - qrSize - POSTER_TYPE.gap : panel.width;
  let y = panel.arrangement === 'row' ? panel.y + POSTER_TYPE.panel : panel.y + qrSize + POSTER_TYPE.gap + POSTER_TYPE.panel;
  const more = wrap(text.more, charsIn(textWidth, POSTER_TYPE.panel, true));
  const address = wrapAddress(text.address, charsIn(textWidth, POSTER_TYPE.panel));
  const leading = POSTER_TYPE.panel * 1.3;
  const words = [
    ...textLines(more, textX, y, POSTER_TYPE.panel, leading, true),
    ...textLines(address, textX, y + more.length * leading, POSTER_TYPE.panel, leading),
  ];
  y += (more.length + address.length) * leading + POSTER_TYPE.gap;
  // Two entries a row in a bottom band, one in a side column; each row as tall as its taller entry.
  const columns = panel.arrangement === 'row' ? 2 : 1;
  const entryWidth = textWidth / columns;
  const legend: Element[] = [];
  let rowTop = y + 20;
  for (let first = 0; first < text.legend.length; first += columns) {
    const entries = text.legend
      .slice(first, first + columns)
      .map((entry, column) => legendEntry(entry.icon, entry.text, textX + column * entryWidth, rowTop, entryWidth));
    legend.push(...entries.flatMap((entry) => entry.drawing));
    rowTop += Math.max(...entries.map((entry) => entry.height));
  }
  return [qrCodeSvg(code, qrAt.x, qrAt.y, qrSize), ...words, ...legend];
}

/**
 * The tree as a poster for printing at partnership breakfasts and on notice boards: a heading,
 * the tree as large as the sheet allows (landscape for a wide tree), the QR code and address of
 * the municipality page, and a legend. Drawn for A3 in tenths of a millimetre; the PDFs scale
 * the same drawing to A3 and A4. It carries its own styles and keeps its links, so it also
 * works opened on its own in a browser.
 */
export function renderPosterSvg(
  tree: TreeGeometry,
  options: RenderOptions & DrawingWords & { text: PosterText },
): { svg: string; orientation: PosterLayout['orientation'] } {
  const layout = posterLayout(tree, options.text);
  const { width, height } = layout;
  const size = layout.orientation === 'portrait' ? { width: '297mm', height: '420mm' } : { width: '420mm', height: '297mm' };
  const { margin } = POSTER_TYPE;
  const content = [
    s('rect', { width, height, fill: '#ffffff' }),
    ...textLines(layout.heading.lines, margin, layout.heading.y, POSTER_TYPE.heading, POSTER_TYPE.heading * 1.15, true),
    ...textLines(layout.subtitle.lines, margin, layout.subtitle.y, POSTER_TYPE.subtitle, POSTER_TYPE.subtitle * 1.35),
    // The tree keeps its own coordinates: a nested SVG scales it into its box on the sheet.
    s(
      'svg',
      {
        x: layout.tree.x,
        y: layout.tree.y,
        width: layout.tree.width,
        height: layout.tree.height,
        viewBox: `0 0 ${tree.width} ${tree.height}`,
      },
      [groundLine(tree.ground.x1, tree.ground.x2, tree.ground.y), ...treeDrawing(tree, options, options.id)],
    ),
    ...panelContent(layout, options.text),
  ];
  const svg = svgMarkup(treeSvg(width, height, options, content, size));
  return { svg, orientation: layout.orientation };
}
