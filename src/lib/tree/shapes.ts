/**
 * The sizes of the shapes the tree is drawn with, in SVG user units (CSS pixels at natural
 * size). The layout packs by them and the renderer draws by them, so both read them here.
 */
export const SHAPES = {
  /** Leaves and apples are packed on 24-unit circles: the smallest target WCAG 2.2 allows. */
  leafRadius: 12,
  appleRadius: 12,
  /** The bud at the tip of a branch with nothing on it yet. */
  budRadius: 5,
};
