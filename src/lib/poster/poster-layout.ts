/**
 * Where things go on a printed poster of a tree. The poster is drawn in tenths of a millimetre
 * on an A3 sheet; A4 is the same drawing scaled by 1/√2, since both sheets have the same shape.
 */

/** The paper sizes the poster is offered in, in millimetres (portrait). */
export const SHEETS = {
  a3: { width: 297, height: 420 },
  a4: { width: 210, height: 297 },
} as const;

export type SheetSize = keyof typeof SHEETS;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text sizes and spaces in poster units (0.1 mm on A3): a 15 mm heading, 6 mm body text. */
export const POSTER_TYPE = {
  margin: 135,
  heading: 150,
  subtitle: 60,
  panel: 55,
  legend: 50,
  gap: 60,
  /** Average glyph widths of DejaVu Sans, the poster's typeface, in ems. */
  charWidth: 0.6,
  boldCharWidth: 0.68,
};

/** The block under or beside the tree with the QR code, the address and the legend. */
const PANEL = { row: 620, column: 820 };

export interface PosterLayout {
  orientation: 'portrait' | 'landscape';
  width: number;
  height: number;
  heading: { lines: string[]; y: number };
  subtitle: { lines: string[]; y: number };
  /** The tree drawn at `scale`, centred in the space left for it. */
  tree: Box & { scale: number };
  /** `row`: a band along the bottom; `column`: a column on the right. */
  panel: Box & { arrangement: 'row' | 'column' };
}

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && `${current} ${word}`.length > max) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  return current ? [...lines, current] : lines;
}

/** Splits a web address into lines of at most `max` characters, after a slash or a dot where it can. */
export function wrapAddress(address: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const part of address.match(/[^/.]*[/.]+|[^/.]+/g) ?? []) {
    for (let rest = part; rest;) {
      const room = max - current.length;
      if (rest.length <= room) {
        current += rest;
        rest = '';
      } else if (current) {
        lines.push(current);
        current = '';
      } else {
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
    }
  }
  return current ? [...lines, current] : lines;
}

/** How many characters of text of `size` fit in `width`. */
export function charsIn(width: number, size: number, bold = false): number {
  return Math.floor(width / (size * (bold ? POSTER_TYPE.boldCharWidth : POSTER_TYPE.charWidth)));
}

function candidate(
  orientation: PosterLayout['orientation'],
  arrangement: PosterLayout['panel']['arrangement'],
  tree: { width: number; height: number },
  text: { heading: string; subtitle: string },
): PosterLayout {
  const { margin, gap } = POSTER_TYPE;
  const [width, height] = orientation === 'portrait' ? [2970, 4200] : [4200, 2970];
  const inner = width - 2 * margin;
  const heading = wrap(text.heading, charsIn(inner, POSTER_TYPE.heading, true));
  const subtitle = wrap(text.subtitle, charsIn(inner, POSTER_TYPE.subtitle));
  const headingY = margin + POSTER_TYPE.heading;
  const subtitleY = headingY + (heading.length - 1) * POSTER_TYPE.heading * 1.15 + POSTER_TYPE.subtitle * 1.8;
  const top = subtitleY + (subtitle.length - 1) * POSTER_TYPE.subtitle * 1.35 + gap * 1.5;
  const panel =
    arrangement === 'row'
      ? { x: margin, y: height - margin - PANEL.row, width: inner, height: PANEL.row, arrangement }
      : { x: width - margin - PANEL.column, y: top, width: PANEL.column, height: height - margin - top, arrangement };
  const space = {
    width: arrangement === 'row' ? inner : inner - PANEL.column - gap,
    height: (arrangement === 'row' ? panel.y - gap : height - margin) - top,
  };
  const scale = Math.min(space.width / tree.width, space.height / tree.height);
  const drawn = { width: tree.width * scale, height: tree.height * scale };
  return {
    orientation,
    width,
    height,
    heading: { lines: heading, y: headingY },
    subtitle: { lines: subtitle, y: subtitleY },
    tree: {
      x: round(margin + (space.width - drawn.width) / 2),
      y: round(top + (space.height - drawn.height) / 2),
      width: round(drawn.width),
      height: round(drawn.height),
      scale: Math.round(scale * 1000) / 1000,
    },
    panel,
  };
}

/**
 * Chooses the sheet's orientation and the panel's place so that the tree is drawn as large as
 * the sheet allows: a wide tree of a small municipality goes on a landscape sheet, a tall one
 * on a portrait sheet.
 */
export function posterLayout(tree: { width: number; height: number }, text: { heading: string; subtitle: string }): PosterLayout {
  const candidates = [
    candidate('portrait', 'row', tree, text),
    candidate('landscape', 'column', tree, text),
    candidate('landscape', 'row', tree, text),
  ];
  return candidates.reduce((best, next) => (next.tree.scale > best.tree.scale ? next : best));
}

/** The share of the sheet the tree's drawing covers, 0–1. */
export function treeShare(layout: PosterLayout): number {
  return (layout.tree.width * layout.tree.height) / (layout.width * layout.height);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
