import { layoutTree } from './layout-tree';
import type { TreeGeometry, TreeInput } from './types';

export interface ForestTreeInput {
  id: string;
  /** The municipality's name, written under its tree. */
  name: string;
  /** The municipality page. */
  href: string;
  /** The tree's accessible name, e.g. "Vimpeli: 3 toimijaa, 1 hedelmä". */
  label: string;
  input: TreeInput;
}

export interface ForestTree extends Omit<ForestTreeInput, 'input'> {
  tree: TreeGeometry;
  /** Where the tree's drawing starts. */
  x: number;
  y: number;
  /** Where its name is written (centre of the baseline). */
  nameX: number;
  nameY: number;
}

export interface ForestGeometry {
  width: number;
  height: number;
  groundY: number;
  trees: ForestTree[];
}

const GAP = 24;
const NAME_SPACE = 48;

/**
 * The region as a forest: each municipality's tree without labels, side by side on one ground
 * line and at one scale, so that a town with more actors has a visibly larger tree.
 */
export function layoutForest(inputs: ForestTreeInput[]): ForestGeometry {
  const laidOut = inputs.map(({ input, ...rest }) => ({ ...rest, tree: layoutTree(input, { labels: false }) }));
  const groundY = Math.max(0, ...laidOut.map(({ tree }) => tree.ground.y));
  let x = GAP;
  const trees = laidOut.map((entry) => {
    const placed = {
      ...entry,
      x,
      y: Math.round((groundY - entry.tree.ground.y) * 10) / 10,
      nameX: Math.round((x + entry.tree.trunk.base.x) * 10) / 10,
      nameY: groundY + 34,
    };
    x += entry.tree.width + GAP;
    return placed;
  });
  return { width: Math.round(x * 10) / 10, height: groundY + NAME_SPACE, groundY, trees };
}
