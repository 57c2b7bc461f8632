import { hierarchy, pack, type HierarchyCircularNode } from 'd3-hierarchy';
import { groupBy } from '../group-by';
import { finnishCollator } from '../localize';
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
  /** Leaves and apples are packed on 24-unit circles: the smallest target WCAG 2.2 allows. */
  leafRadius: 12,
  appleRadius: 12,
  budRadius: 5,
  fontSize: 14,
  headFontSize: 15,
  lineHeight: 24,
  /** Average glyph width of the sans-serif text, in ems; labels are measured with it. */
  charWidth: 0.56,
  headCharWidth: 0.62,
  maxLabelChars: 34,
  maxHeadChars: 44,
  gap: 16,
  arm: 44,
  margin: 16,
};

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
  lines: Omit<Label, 'x' | 'y' | 'anchor' | 'box' | 'group'>[];
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
export function trunkWidth(count: number): number {
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
    .padding(2);

  const items: Item[] = (childrenOf.get('') ?? []).map((branch) => {
    const root = packer(hierarchy<Datum>(datumOf(branch), (datum) => (datum.kind === 'group' ? datum.children : undefined)));
    const leaves = root.leaves().filter((node) => node.data.kind === 'leaf' || node.data.kind === 'apple');
    const count = leaves.length;
    const lines = withLabels ? labelLines(branch, root, input, maxNames, maxFruits) : [];
    const blockWidth = Math.max(0, ...lines.map((line) => textWidth(line.text, line.kind)));
    const r = count ? root.r : 0;
    const height = Math.max(count ? 2 * r : 2 * SIZES.budRadius + 16, lines.length * SIZES.lineHeight) + SIZES.gap;
    return { branch, count, root: count ? root : undefined, r, lines, blockWidth, height };
  });

  // Balance the two sides: each branch goes to the side that is shorter so far.
  const sides: { items: Item[]; height: number }[] = [
    { items: [], height: 0 },
    { items: [], height: 0 },
  ];
  for (const item of items) {
    const side = sides[0]!.height <= sides[1]!.height ? sides[0]! : sides[1]!;
    side.items.push(item);
    side.height += item.height;
  }

  const total = items.reduce((sum, item) => sum + item.count, 0);
  const trunkBase = trunkWidth(total);
  const trunkTop = trunkBase * 0.55;

  interface Placed {
    item: Item;
    side: -1 | 1;
    centre: Point;
    attach: Point;
  }
  const placed: Placed[] = [];
  sides.forEach((side, index) => {
    const direction = index === 0 ? -1 : 1;
    let cursor = 0;
    for (const item of side.items) {
      const cy = cursor + item.height / 2;
      const bulge = 36 * Math.sin(Math.PI * (cy / Math.max(side.height, 1)));
      const reach = trunkTop / 2 + SIZES.arm + bulge + (item.count ? item.r : 0);
      placed.push({
        item,
        side: direction,
        centre: { x: direction * reach, y: cy },
        attach: { x: 0, y: cy + 0.35 * reach },
      });
      cursor += item.height;
    }
  });

  // Drawing and keyboard order follow the branch order, not the side a branch landed on.
  placed.sort((a, b) => items.indexOf(a.item) - items.indexOf(b.item));

  const crownBottom = Math.max(...placed.map((p) => Math.max(p.centre.y + p.item.r, p.attach.y)), 40);
  const trunkHeight = 56 + 6 * Math.sqrt(total);
  const groundY = crownBottom + trunkHeight;
  const trunkTopY = Math.min(...placed.map((p) => p.attach.y), crownBottom) - 8;
  const widthAt = (y: number) => trunkTop + ((trunkBase - trunkTop) * (y - trunkTopY)) / Math.max(groundY - trunkTopY, 1);

  // Bounds of everything drawn, to shift the drawing into view with a margin.
  let minX = -trunkBase * 2.2;
  let maxX = trunkBase * 2.2;
  const minY = Math.min(0, ...placed.map((p) => p.centre.y - Math.max(p.item.r, (p.item.lines.length * SIZES.lineHeight) / 2)));
  for (const p of placed) {
    const edge = p.centre.x + p.side * (p.item.r + (p.item.blockWidth ? 10 + p.item.blockWidth : SIZES.budRadius));
    minX = Math.min(minX, edge, p.centre.x - p.item.r);
    maxX = Math.max(maxX, edge, p.centre.x + p.item.r);
  }
  const dx = SIZES.margin - minX;
  const dy = SIZES.margin - minY;
  const at = (point: Point): Point => ({ x: round(point.x + dx), y: round(point.y + dy) });

  const branches: BranchShape[] = [];
  const leaves: Leaf[] = [];
  const apples: Apple[] = [];
  const labels: Label[] = [];
  const clusters: TreeGeometry['clusters'] = [];

  for (const { item, side, centre, attach } of placed) {
    const base = Math.min(branchWidth(item.count), widthAt(attach.y) * 0.9);
    const start = { x: attach.x + side * widthAt(attach.y) * 0.2, y: attach.y };
    const control = { x: centre.x * 0.55, y: attach.y + (centre.y - attach.y) * 0.85 };
    const tip = item.count ? centre : { x: centre.x - side * item.r, y: centre.y };
    branches.push({
      id: item.branch.id,
      path: taperedPath(at(start), at(control), at(tip), round(base), round(Math.max(1.5, base * 0.35))),
      colour: item.branch.colour,
      baseWidth: round(base),
      tip: at(tip),
      bare: item.count === 0,
    });
    if (item.root) {
      clusters.push({ branch: item.branch.id, centre: at(centre), r: round(item.r) });
      const offset = (node: Node): Point => ({ x: centre.x + node.x - item.root!.x, y: centre.y + node.y - item.root!.y });
      collectGroupTwigs(item.root, offset, at, branches);
      for (const node of item.root.leaves()) {
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
    } else {
      clusters.push({ branch: item.branch.id, centre: at(tip), r: 0 });
    }
    const blockTop = centre.y - (item.lines.length * SIZES.lineHeight) / 2;
    const x = centre.x + side * ((item.count ? item.r : SIZES.budRadius) + 10);
    item.lines.forEach((line, i) => {
      const width = textWidth(line.text, line.kind);
      const top = blockTop + i * SIZES.lineHeight;
      const anchorPoint = at({ x, y: top + SIZES.lineHeight - 7 });
      const boxLeft = side === 1 ? x : x - width;
      labels.push({
        ...line,
        group: item.branch.id,
        ...anchorPoint,
        anchor: side === 1 ? 'start' : 'end',
        box: { ...at({ x: boxLeft, y: top }), width: round(width), height: SIZES.lineHeight },
      });
    });
  }

  const trunkBottom = at({ x: 0, y: groundY });
  const trunkTopPoint = at({ x: 0, y: trunkTopY });
  const trunkPath = taperedPath(
    trunkBottom,
    at({ x: 3, y: (groundY + trunkTopY) / 2 }),
    trunkTopPoint,
    round(trunkBase),
    round(trunkTop),
  );
  const roots = [-1, 1, -0.35, 0.35].map((direction) =>
    taperedPath(
      at({ x: direction * trunkBase * 0.25, y: groundY - 6 }),
      at({ x: direction * trunkBase * 0.9, y: groundY + 2 }),
      at({
        x: direction * trunkBase * (Math.abs(direction) === 1 ? 1.9 : 1.1),
        y: groundY + (Math.abs(direction) === 1 ? 6 : 12),
      }),
      round(trunkBase * 0.3),
      1.5,
    ),
  );

  return {
    width: round(maxX - minX + 2 * SIZES.margin),
    height: round(groundY + 14 + dy + SIZES.margin),
    trunk: { path: trunkPath, base: trunkBottom, top: trunkTopPoint, baseWidth: round(trunkBase) },
    roots,
    ground: { y: round(groundY + dy + 6), x1: round(SIZES.margin), x2: round(maxX - minX + SIZES.margin) },
    branches,
    leaves,
    apples,
    labels,
    clusters,
  };
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
