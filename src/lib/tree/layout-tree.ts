import { hierarchy, pack, type HierarchyCircularNode } from 'd3-hierarchy';
import { groupBy } from '../group-by';
import { finnishCollator } from '../localize';
import { SHAPES } from './shapes';
import { taperedPath } from './tapered-path';
import type { Apple, BranchShape, Label, Leaf, Point, TreeActor, TreeBranch, TreeFruit, TreeGeometry, TreeInput } from './types';

export interface TreeOptions {
  /** Draw the label blocks beside the clusters; the compact trees of the forest leave them out. */
  labels?: boolean;
  /** How many actor names a branch shows before its "+N more" link. */
  maxNames?: number;
  /** How many fruit titles a branch shows before they count into "+N more". */
  maxFruits?: number;
}

/** Sizes in SVG user units (CSS pixels when the tree is shown at its natural size). */
export const SIZES = {
  ...SHAPES,
  fontSize: 14,
  headFontSize: 15,
  lineHeight: 24,
  /** Average glyph width of the sans-serif text, in ems; labels are measured with it. */
  charWidth: 0.56,
  headCharWidth: 0.62,
  maxLabelChars: 34,
  maxHeadChars: 44,
  /** Space between the blocks stacked on one side of the trunk. */
  gap: 16,
  /** Reach of a branch from the trunk's edge to its cluster, before the crown's bulge. */
  arm: 44,
  margin: 16,
};

/** The numbers that shape the tree, named; changing one changes every drawing. */
const SHAPE_OF_TREE = {
  /** Room between packed leaves and apples. */
  packPadding: 2,
  /** A bare branch's block is as tall as its bud and this much more. */
  budRoom: 16,
  /** How far the middle branches reach beyond the top and bottom ones: the crown's round outline. */
  bulge: 36,
  /** A branch joins the trunk lower than its cluster by this share of its reach. */
  attachDrop: 0.35,
  /** The trunk's top is this share of its base width. */
  trunkTopShare: 0.55,
  /** The trunk's height under the crown: a base and a part that grows with the square root of the count. */
  trunkHeight: 56,
  trunkHeightPerRoot: 6,
  /** The crown reaches at least this far down, so a sapling still has a crown. */
  minCrownBottom: 40,
  /** The trunk rises this far above the highest branch joint. */
  trunkAboveJoints: 8,
  /** The drawing is at least this many trunk base widths wide on each side. */
  minHalfWidth: 2.2,
  /** Space between a cluster (or bud) and its label block. */
  labelGap: 10,
  /** A label's baseline sits this far above the bottom of its line. */
  baselineLift: 7,
  /** The ground line lies this far under the trunk's foot, and the drawing ends this far below it. */
  groundDrop: 6,
  belowGround: 14,
  /** A branch leaves the trunk this share of the trunk's width from its centre line, at most this share as wide. */
  branchStart: 0.2,
  branchBaseShare: 0.9,
  /** The branch's curve: its control point's share of the way out and up to the cluster. */
  curveOut: 0.55,
  curveUp: 0.85,
  /** A branch's tip is this share of its base width, never thinner than `minTip`. */
  tipShare: 0.35,
  minTip: 1.5,
} as const;

type Datum =
  | { kind: 'group'; branch: TreeBranch; children: Datum[] }
  | { kind: 'leaf'; actor: TreeActor }
  | { kind: 'apple'; fruit: TreeFruit }
  | { kind: 'bud'; branch: TreeBranch };

type Node = HierarchyCircularNode<Datum>;

/** One top-level branch with everything that grows on it, before it is placed. */
interface Item {
  branch: TreeBranch;
  /** Actors and fruits on the branch and its sub-branches. */
  count: number;
  root?: Node | undefined;
  r: number;
  lines: Omit<Label, 'x' | 'y' | 'anchor' | 'box' | 'group' | 'fontSize'>[];
  blockWidth: number;
  height: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A stable pseudo-random angle from an id, so the same content always draws the same leaves. */
function angleOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % 360;
}

function truncate(text: string, max: number = SIZES.maxLabelChars): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function textWidth(text: string, kind: Label['kind']): number {
  const bold = kind === 'branch';
  return text.length * (bold ? SIZES.headFontSize * SIZES.headCharWidth : SIZES.fontSize * SIZES.charWidth);
}

/** Base width of a branch carrying `count` actors and fruits: never shrinks as the count grows. */
export function branchWidth(count: number): number {
  return 3 + 2 * Math.sqrt(count);
}

/** Base width of the trunk of a tree with `count` actors and fruits in all. */
function trunkWidth(count: number): number {
  return 10 + 2.6 * Math.sqrt(count);
}

/**
 * Lays out a municipality's wellbeing tree: a trunk at the bottom, one branch per top-level
 * branch rising to a round cluster where its actors grow as leaves and its fruits as apples
 * (packed with d3-hierarchy, so none overlap), and beside each cluster a block of labels.
 * Clusters alternate left and right, stacked so that no two clusters or label blocks meet.
 * Dense branches show the branch name, its fruits and its first names by priority, then a
 * "+N more" link to the branch page. A branch with nothing on it stays as a bare twig, and a
 * municipality without actors gets a sapling. All numbers are rounded to 0.1.
 */
export function layoutTree(input: TreeInput, options: TreeOptions = {}): TreeGeometry {
  const items = growBranches(input, options);
  const count = items.reduce((sum, item) => sum + item.count, 0);
  const trunk = { base: trunkWidth(count), top: trunkWidth(count) * SHAPE_OF_TREE.trunkTopShare };
  const placed = placeAlongTrunk(items, balanceSides(items), trunk.top);
  const frame = frameOf(placed, trunk, count);
  return {
    width: frame.width,
    height: frame.height,
    ...trunkAndRoots(frame, trunk),
    ground: frame.ground,
    ...crowns(placed, frame),
    labels: placed.flatMap((place) => labelBlock(place, frame.at)),
  };
}

/**
 * Phase 1, pack the clusters: each top-level branch with its actors (leaves), fruits (apples)
 * and sub-branches packed by d3-hierarchy, its label lines, and the height its block needs.
 */
function growBranches(input: TreeInput, options: TreeOptions): Item[] {
  const { labels: withLabels = true, maxNames = 4, maxFruits = 3 } = options;
  const known = new Set(input.branches.map((branch) => branch.id));
  const childrenOf = groupBy(input.branches, (branch) => [branch.parent && known.has(branch.parent) ? branch.parent : '']);
  const actorsOn = groupBy(input.actors, (actor) => actor.branches.filter((id) => known.has(id)).slice(0, 1));
  const fruitsOn = groupBy(input.fruits, (fruit) => (known.has(fruit.branch) ? [fruit.branch] : []));

  const datumOf = (branch: TreeBranch): Datum => {
    const children: Datum[] = [
      ...(actorsOn.get(branch.id) ?? []).map((actor): Datum => ({ kind: 'leaf', actor })),
      ...(childrenOf.get(branch.id) ?? []).map(datumOf),
      ...(fruitsOn.get(branch.id) ?? []).map((fruit): Datum => ({ kind: 'apple', fruit })),
    ];
    return { kind: 'group', branch, children: children.length ? children : [{ kind: 'bud', branch }] };
  };
  const radiusOf = (datum: Datum) =>
    datum.kind === 'leaf' ? SIZES.leafRadius : datum.kind === 'apple' ? SIZES.appleRadius : SIZES.budRadius;
  const packer = pack<Datum>()
    .radius((node) => radiusOf(node.data))
    .padding(SHAPE_OF_TREE.packPadding);

  return (childrenOf.get('') ?? []).map((branch) => {
    const root = packer(hierarchy<Datum>(datumOf(branch), (datum) => (datum.kind === 'group' ? datum.children : undefined)));
    const count = root.leaves().filter((node) => node.data.kind === 'leaf' || node.data.kind === 'apple').length;
    const lines = withLabels ? labelLines(branch, root, input, maxNames, maxFruits) : [];
    const blockWidth = Math.max(0, ...lines.map((line) => textWidth(line.text, line.kind)));
    const r = count ? root.r : 0;
    const crownHeight = count ? 2 * r : 2 * SIZES.budRadius + SHAPE_OF_TREE.budRoom;
    const height = Math.max(crownHeight, lines.length * SIZES.lineHeight) + SIZES.gap;
    return { branch, count, root: count ? root : undefined, r, lines, blockWidth, height };
  });
}

/** Phase 2, balance the sides: each branch goes to the side that is shorter so far. */
function balanceSides(items: Item[]): Item[][] {
  const sides = [
    { items: [] as Item[], height: 0 },
    { items: [] as Item[], height: 0 },
  ];
  for (const item of items) {
    const side = sides[0]!.height <= sides[1]!.height ? sides[0]! : sides[1]!;
    side.items.push(item);
    side.height += item.height;
  }
  return sides.map((side) => side.items);
}

/** A branch placed beside the trunk (in coordinates with the trunk's centre line at x = 0). */
interface Placed {
  item: Item;
  side: -1 | 1;
  centre: Point;
  /** Where the branch joins the trunk. */
  attach: Point;
}

/**
 * Phase 3, place along the trunk: each side stacks its blocks from the top, the middle ones
 * reaching further out so the crown is round. Returned in branch order, which is also the
 * drawing's and the keyboard's order, whatever side a branch landed on.
 */
function placeAlongTrunk(items: Item[], sides: Item[][], trunkTop: number): Placed[] {
  const placed: Placed[] = [];
  sides.forEach((sideItems, index) => {
    const side = index === 0 ? -1 : 1;
    const sideHeight = sideItems.reduce((sum, item) => sum + item.height, 0);
    let cursor = 0;
    for (const item of sideItems) {
      const cy = cursor + item.height / 2;
      const bulge = SHAPE_OF_TREE.bulge * Math.sin(Math.PI * (cy / Math.max(sideHeight, 1)));
      const reach = trunkTop / 2 + SIZES.arm + bulge + (item.count ? item.r : 0);
      placed.push({ item, side, centre: { x: side * reach, y: cy }, attach: { x: 0, y: cy + SHAPE_OF_TREE.attachDrop * reach } });
      cursor += item.height;
    }
  });
  return placed.sort((a, b) => items.indexOf(a.item) - items.indexOf(b.item));
}

/** Where the trunk stands, how wide it is at each height, and the shift that puts it all in view. */
interface Frame {
  groundY: number;
  trunkTopY: number;
  widthAt: (y: number) => number;
  /** From trunk coordinates to the drawing's, rounded to 0.1. */
  at: (point: Point) => Point;
  width: number;
  height: number;
  ground: TreeGeometry['ground'];
}

/**
 * Phase 4a, the frame: the trunk's height under the crown, its taper, and the bounds of
 * everything drawn (clusters and label blocks), which shift the drawing into view with a margin.
 */
function frameOf(placed: Placed[], trunk: { base: number; top: number }, count: number): Frame {
  const crownBottom = Math.max(...placed.map((p) => Math.max(p.centre.y + p.item.r, p.attach.y)), SHAPE_OF_TREE.minCrownBottom);
  const groundY = crownBottom + SHAPE_OF_TREE.trunkHeight + SHAPE_OF_TREE.trunkHeightPerRoot * Math.sqrt(count);
  const trunkTopY = Math.min(...placed.map((p) => p.attach.y), crownBottom) - SHAPE_OF_TREE.trunkAboveJoints;
  const widthAt = (y: number) => trunk.top + ((trunk.base - trunk.top) * (y - trunkTopY)) / Math.max(groundY - trunkTopY, 1);

  let minX = -trunk.base * SHAPE_OF_TREE.minHalfWidth;
  let maxX = trunk.base * SHAPE_OF_TREE.minHalfWidth;
  const minY = Math.min(0, ...placed.map((p) => p.centre.y - Math.max(p.item.r, (p.item.lines.length * SIZES.lineHeight) / 2)));
  for (const p of placed) {
    const block = p.item.blockWidth ? SHAPE_OF_TREE.labelGap + p.item.blockWidth : SIZES.budRadius;
    const edge = p.centre.x + p.side * (p.item.r + block);
    minX = Math.min(minX, edge, p.centre.x - p.item.r);
    maxX = Math.max(maxX, edge, p.centre.x + p.item.r);
  }
  const dx = SIZES.margin - minX;
  const dy = SIZES.margin - minY;
  return {
    groundY,
    trunkTopY,
    widthAt,
    at: (point) => ({ x: round(point.x + dx), y: round(point.y + dy) }),
    width: round(maxX - minX + 2 * SIZES.margin),
    height: round(groundY + SHAPE_OF_TREE.belowGround + dy + SIZES.margin),
    ground: { y: round(groundY + dy + SHAPE_OF_TREE.groundDrop), x1: round(SIZES.margin), x2: round(maxX - minX + SIZES.margin) },
  };
}

/** The trunk leans this far sideways at its middle, so it does not look ruled. */
const TRUNK_LEAN = 3;

/**
 * Four roots, in shares of the trunk's base width (and units below the ground): two long ones
 * to the sides and two short, steeper ones between them.
 */
const ROOTS = {
  directions: [-1, 1, -0.35, 0.35],
  /** Where a root leaves the trunk, how far out it bends, and how far it reaches (outer, inner). */
  start: 0.25,
  bend: 0.9,
  reach: { outer: 1.9, inner: 1.1 },
  /** Units: above the ground where it starts, below it where it bends and ends (outer, inner). */
  rise: 6,
  bendDepth: 2,
  depth: { outer: 6, inner: 12 },
  width: 0.3,
  tip: 1.5,
} as const;

/** Phase 4b, trunk and roots: a tapered trunk from the ground to above the highest joint, and its roots. */
function trunkAndRoots(frame: Frame, trunk: { base: number; top: number }): Pick<TreeGeometry, 'trunk' | 'roots'> {
  const { at, groundY, trunkTopY } = frame;
  const bottom = at({ x: 0, y: groundY });
  const top = at({ x: 0, y: trunkTopY });
  const middle = at({ x: TRUNK_LEAN, y: (groundY + trunkTopY) / 2 });
  const path = taperedPath(bottom, middle, top, round(trunk.base), round(trunk.top));
  const roots = ROOTS.directions.map((direction) => {
    const kind = Math.abs(direction) === 1 ? 'outer' : 'inner';
    return taperedPath(
      at({ x: direction * trunk.base * ROOTS.start, y: groundY - ROOTS.rise }),
      at({ x: direction * trunk.base * ROOTS.bend, y: groundY + ROOTS.bendDepth }),
      at({ x: direction * trunk.base * ROOTS.reach[kind], y: groundY + ROOTS.depth[kind] }),
      round(trunk.base * ROOTS.width),
      ROOTS.tip,
    );
  });
  return { trunk: { path, base: bottom, top, baseWidth: round(trunk.base) }, roots };
}

/** Phase 5a, the crowns: each branch's curve from the trunk, its cluster, sub-branch twigs, leaves and apples. */
function crowns(placed: Placed[], frame: Frame): Pick<TreeGeometry, 'branches' | 'leaves' | 'apples' | 'clusters'> {
  const { at, widthAt } = frame;
  const branches: BranchShape[] = [];
  const leaves: Leaf[] = [];
  const apples: Apple[] = [];
  const clusters: TreeGeometry['clusters'] = [];
  for (const { item, side, centre, attach } of placed) {
    const base = Math.min(branchWidth(item.count), widthAt(attach.y) * SHAPE_OF_TREE.branchBaseShare);
    const start = { x: attach.x + side * widthAt(attach.y) * SHAPE_OF_TREE.branchStart, y: attach.y };
    const control = { x: centre.x * SHAPE_OF_TREE.curveOut, y: attach.y + (centre.y - attach.y) * SHAPE_OF_TREE.curveUp };
    const tip = item.count ? centre : { x: centre.x - side * item.r, y: centre.y };
    branches.push({
      id: item.branch.id,
      path: taperedPath(
        at(start),
        at(control),
        at(tip),
        round(base),
        round(Math.max(SHAPE_OF_TREE.minTip, base * SHAPE_OF_TREE.tipShare)),
      ),
      colour: item.branch.colour,
      baseWidth: round(base),
      tip: at(tip),
      bare: item.count === 0,
    });
    if (!item.root) {
      clusters.push({ branch: item.branch.id, centre: at(tip), r: 0 });
      continue;
    }
    const root = item.root;
    clusters.push({ branch: item.branch.id, centre: at(centre), r: round(item.r) });
    const offset = (node: Node): Point => ({ x: centre.x + node.x - root.x, y: centre.y + node.y - root.y });
    collectGroupTwigs(root, offset, at, branches);
    for (const node of root.leaves()) {
      const point = at(offset(node));
      if (node.data.kind === 'leaf') {
        const { actor } = node.data;
        leaves.push({
          id: actor.id,
          group: item.branch.id,
          name: actor.name,
          ...(actor.note ? { note: actor.note } : {}),
          href: actor.href,
          colour: colourOf(node),
          angle: angleOf(actor.id),
          ...point,
        });
      } else if (node.data.kind === 'apple') {
        const { fruit } = node.data;
        apples.push({
          id: fruit.id,
          group: item.branch.id,
          title: fruit.title,
          lang: fruit.lang,
          href: fruit.href,
          attraction: fruit.attraction,
          r: SIZES.appleRadius,
          ...point,
        });
      }
    }
  }
  return { branches, leaves, apples, clusters };
}

/** Phase 5b, a label block: the branch's lines beside its cluster, centred on it, on the far side from the trunk. */
function labelBlock({ item, side, centre }: Placed, at: Frame['at']): Label[] {
  const blockTop = centre.y - (item.lines.length * SIZES.lineHeight) / 2;
  const x = centre.x + side * ((item.count ? item.r : SIZES.budRadius) + SHAPE_OF_TREE.labelGap);
  return item.lines.map((line, i) => {
    const width = textWidth(line.text, line.kind);
    const top = blockTop + i * SIZES.lineHeight;
    return {
      ...line,
      group: item.branch.id,
      fontSize: line.kind === 'branch' ? SIZES.headFontSize : SIZES.fontSize,
      ...at({ x, y: top + SIZES.lineHeight - SHAPE_OF_TREE.baselineLift }),
      anchor: side === 1 ? 'start' : 'end',
      box: { ...at({ x: side === 1 ? x : x - width, y: top }), width: round(width), height: SIZES.lineHeight },
    };
  });
}

/** The colour of the branch a packed node grows on (its nearest group). */
function colourOf(node: Node): string {
  for (let current: Node | null = node.parent; current; current = current.parent) {
    if (current.data.kind === 'group') return current.data.branch.colour;
  }
  return '#2e7d32';
}

/** Sub-branches are drawn as twigs from their parent cluster's centre to their own. */
function collectGroupTwigs(
  root: Node,
  offset: (node: Node) => Point,
  at: (point: Point) => Point,
  branches: BranchShape[],
): void {
  root.each((node) => {
    if (node === root || node.data.kind !== 'group' || !node.parent) return;
    const count = node.leaves().filter((leaf) => leaf.data.kind === 'leaf' || leaf.data.kind === 'apple').length;
    const from = offset(node.parent);
    const to = offset(node);
    const base = branchWidth(count) * 0.6;
    branches.push({
      id: node.data.branch.id,
      path: taperedPath(
        at(from),
        at({ x: (from.x + to.x) / 2, y: Math.max(from.y, to.y) }),
        at(to),
        round(base),
        round(Math.max(1.2, base * 0.35)),
      ),
      colour: node.data.branch.colour,
      baseWidth: round(base),
      tip: at(to),
      bare: count === 0,
    });
  });
}

/**
 * The label block of a top-level branch, in priority order: its name (a link to its page), its
 * fruits, its sub-branches, its actors by priority, and "+N more" for what did not fit.
 */
function labelLines(branch: TreeBranch, root: Node, input: TreeInput, maxNames: number, maxFruits: number): Item['lines'] {
  const data = root.leaves().map((node) => node.data);
  // An actor on a branch and on one of its sub-branches is one actor, named once.
  const byId = new Map(data.flatMap((datum) => (datum.kind === 'leaf' ? [[datum.actor.id, datum.actor] as const] : [])));
  const actors = [...byId.values()].sort((a, b) => b.priority - a.priority || finnishCollator.compare(a.name, b.name));
  const fruits = data.flatMap((datum) => (datum.kind === 'apple' ? [datum.fruit] : []));
  const subBranches: Node[] = [];
  root.each((node) => {
    if (node !== root && node.data.kind === 'group') subBranches.push(node);
  });
  const shownNames = actors.length <= maxNames + 1 ? actors : actors.slice(0, maxNames);
  const shownFruits = fruits.length <= maxFruits + 1 ? fruits : fruits.slice(0, maxFruits);
  const hidden = actors.length - shownNames.length + fruits.length - shownFruits.length;
  const empty = actors.length + fruits.length === 0;
  return [
    {
      text: truncate(branch.name, SIZES.maxHeadChars),
      lang: branch.lang,
      kind: 'branch' as const,
      href: empty ? undefined : branch.href,
    },
    ...(empty ? [] : [{ text: input.text.tally(actors.length, fruits.length), kind: 'count' as const }]),
    ...shownFruits.map((fruit) => ({ text: truncate(fruit.title), lang: fruit.lang, kind: 'fruit' as const, fruit: fruit.id })),
    ...subBranches.map((node) => {
      const sub = (node.data as Extract<Datum, { kind: 'group' }>).branch;
      const filled = node.leaves().some((leaf) => leaf.data.kind !== 'bud');
      return {
        text: truncate(`↳ ${sub.name}`),
        lang: sub.lang,
        kind: 'sub-branch' as const,
        href: filled ? sub.href : undefined,
      };
    }),
    ...shownNames.map((actor) => ({ text: truncate(actor.name), kind: 'actor' as const, href: actor.href, actor: actor.id })),
    ...(hidden > 0 ? [{ text: input.text.more(hidden), kind: 'more' as const, href: branch.href }] : []),
  ];
}
