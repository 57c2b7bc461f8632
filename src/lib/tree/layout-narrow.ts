import { SIZES } from './layout-tree';
import type { Apple, Box, Label, Leaf, TreeGeometry } from './types';

/** One top-level branch of the narrow tree: its crown as a small drawing, its labels as text. */
export interface NarrowBranch {
  id: string;
  colour: string;
  /** True for a branch with nothing on it, drawn as a bud. */
  bare: boolean;
  /** Width of the branch where it leaves the trunk. */
  baseWidth: number;
  /** The crown's part of the wide drawing (cluster, leaves, apples), for the small drawing's viewBox. */
  box: Box;
  /** The cluster circle the crown's leaves and apples are packed in (radius 0 for a bud). */
  cluster: { x: number; y: number; r: number };
  leaves: Leaf[];
  apples: Apple[];
  /** The label block of the wide drawing, top to bottom: branch name first, "+N more" last. */
  labels: Label[];
}

export interface NarrowOptions {
  /** The least width of a crown's drawing, branch included: a bud gets a branch this long. */
  minWidth?: number;
}

/** Room around a crown for apple stems and leaf tips that reach past the packed circles. */
const CROWN_MARGIN = 6;

/**
 * The tree for a narrow screen, from the same layout as the wide drawing: the top-level
 * branches stacked one under another in the wide drawing's branch (and keyboard) order, each
 * with its crown cut out of the drawing and its label block. Nothing is laid out anew, so both
 * views always show the same names, fruits and "+N more" links.
 */
export function layoutNarrowTree(tree: TreeGeometry, options: NarrowOptions = {}): NarrowBranch[] {
  const { minWidth = 80 } = options;
  return tree.clusters.map((cluster) => {
    const branch = tree.branches.find((shape) => shape.id === cluster.branch);
    const bare = cluster.r === 0;
    const reach = (bare ? SIZES.budRadius : cluster.r) + CROWN_MARGIN;
    const width = Math.max(2 * reach, minWidth);
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      id: cluster.branch,
      colour: branch?.colour ?? '#2e7d32',
      bare,
      baseWidth: branch?.baseWidth ?? 3,
      // A small crown keeps its size and reaches the trunk on a longer branch.
      box: {
        x: round(cluster.centre.x + reach - width),
        y: round(cluster.centre.y - reach),
        width: round(width),
        height: round(2 * reach),
      },
      cluster: { ...cluster.centre, r: cluster.r },
      leaves: tree.leaves.filter((leaf) => leaf.group === cluster.branch),
      apples: tree.apples.filter((apple) => apple.group === cluster.branch),
      labels: tree.labels.filter((label) => label.group === cluster.branch).sort((a, b) => a.y - b.y),
    };
  });
}
