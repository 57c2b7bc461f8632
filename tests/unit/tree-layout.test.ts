import { describe, expect, test } from 'vitest';
import { syntheticTreeInput } from '~/lib/synthetic/tree-input';
import { layoutNarrowTree } from '~/lib/tree/layout-narrow';
import { branchWidth, layoutTree, SIZES } from '~/lib/tree/layout-tree';
import type { Box, TreeGeometry, TreeInput } from '~/lib/tree/types';

const text: TreeInput['text'] = {
  more: (count) => `+${count} muuta`,
  tally: (actors, fruits) => `${actors} toimijaa · ${fruits} hedelmää`,
};

/** A small tree: two branches (one with a sub-branch), a bare branch, three actors and two fruits. */
function smallInput(): TreeInput {
  return {
    branches: [
      { id: 'liikunta', name: 'Liikunta', colour: '#2e7d32', href: '/k/kasvustot/liikunta/' },
      { id: 'terveys', name: 'Terveys', colour: '#c62828', href: '/k/kasvustot/terveys/' },
      { id: 'vapaaehtoiset', name: 'Vapaaehtoiset', colour: '#ad1457', parent: 'terveys', href: '/k/kasvustot/vapaaehtoiset/' },
      { id: 'turvallisuus', name: 'Turvallisuus', colour: '#283593', href: '/k/kasvustot/turvallisuus/' },
    ],
    actors: [
      { id: 'k/seura', name: 'Urheiluseura', href: '/k/toimijat/seura/', branches: ['liikunta', 'terveys'], priority: 0 },
      { id: 'k/spr', name: 'SPR', href: '/k/toimijat/spr/', branches: ['vapaaehtoiset'], priority: 1 },
      { id: 'k/kuoro', name: 'Kuoro', href: '/k/toimijat/kuoro/', branches: ['liikunta'], priority: 0 },
    ],
    fruits: [
      {
        id: 'k/kampanja',
        title: 'Hyvän teon kampanja',
        href: '/k/hedelmat/kampanja/',
        branch: 'vapaaehtoiset',
        attraction: false,
      },
      { id: 'k/kisat', title: 'Kylien kisat', href: '/k/hedelmat/kisat/', branch: 'liikunta', attraction: true },
    ],
    text,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The distance from a circle's centre to the nearest point of a box. */
function distanceToBox(x: number, y: number, box: Box): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** Labels as boxes, leaves and apples as their packed circles: which two meet, if any. */
function firstOverlap(tree: TreeGeometry): string | undefined {
  const labels = tree.labels;
  const targets = [...tree.leaves.map((leaf) => ({ ...leaf, r: SIZES.leafRadius })), ...tree.apples];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlaps(labels[i]!.box, labels[j]!.box)) return `label "${labels[i]!.text}" overlaps label "${labels[j]!.text}"`;
    }
    for (const target of targets) {
      if (distanceToBox(target.x, target.y, labels[i]!.box) < target.r - 0.5)
        return `label "${labels[i]!.text}" overlaps ${target.id}`;
    }
  }
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i]!;
      const b = targets[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.5) return `${a.id} overlaps ${b.id}`;
    }
  }
  return undefined;
}

describe('the tree layout', () => {
  test('draws every actor as exactly one leaf and every fruit as exactly one apple', () => {
    for (const input of [smallInput(), syntheticTreeInput(300, 7)]) {
      const tree = layoutTree(input);
      expect(tree.leaves.map((leaf) => leaf.id).sort()).toEqual(input.actors.map((actor) => actor.id).sort());
      expect(tree.apples.map((apple) => apple.id).sort()).toEqual(input.fruits.map((fruit) => fruit.id).sort());
    }
  });

  test('grows a leaf on the first of its branches, and a sub-branch inside its parent cluster', () => {
    const tree = layoutTree(smallInput());
    expect(tree.leaves.map((leaf) => [leaf.id, leaf.group])).toEqual([
      ['k/seura', 'liikunta'],
      ['k/kuoro', 'liikunta'],
      ['k/spr', 'terveys'],
    ]);
    expect(tree.branches.map((branch) => [branch.id, branch.bare])).toEqual([
      ['liikunta', false],
      ['terveys', false],
      ['vapaaehtoiset', false],
      ['turvallisuus', true],
    ]);
  });

  test.each([3, 40, 300, 1000])('never lets labels, apples or leaves overlap (%i actors)', (count) => {
    expect(firstOverlap(layoutTree(syntheticTreeInput(count, count)))).toBeUndefined();
  });

  test('keeps the trunk at the bottom and the crown above it', () => {
    for (const input of [smallInput(), syntheticTreeInput(300)]) {
      const tree = layoutTree(input);
      const crown = [...tree.leaves, ...tree.apples, ...tree.clusters.map((cluster) => cluster.centre)];
      expect(Math.max(...crown.map((point) => point.y))).toBeLessThan(tree.trunk.base.y);
      expect(tree.trunk.top.y).toBeLessThan(tree.trunk.base.y);
      expect(tree.ground.y).toBeGreaterThanOrEqual(tree.trunk.base.y);
    }
  });

  test('makes a branch no thinner as more actors grow on it', () => {
    const widths = [0, 1, 2, 5, 20, 100, 300].map((count) => {
      const input = smallInput();
      input.actors = Array.from({ length: count }, (_, i) => ({
        id: `k/a${i}`,
        name: `A ${i}`,
        href: '/',
        branches: ['liikunta'],
        priority: 0,
      }));
      return layoutTree(input).branches.find((branch) => branch.id === 'liikunta')!.baseWidth;
    });
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(branchWidth(301)).toBeGreaterThan(branchWidth(300));
  });

  test('shows the first names of a dense branch by priority and links the rest as "+N more"', () => {
    const input = smallInput();
    input.actors = Array.from({ length: 300 }, (_, i) => ({
      id: `k/a${String(i).padStart(3, '0')}`,
      name: `Seura ${String(i).padStart(3, '0')}`,
      href: `/k/toimijat/a${i}/`,
      branches: ['liikunta'],
      priority: i === 250 ? 5 : 0,
    }));
    const labels = layoutTree(input).labels.filter((label) => label.group === 'liikunta');
    expect(labels.map((label) => [label.kind, label.text, label.href])).toEqual([
      ['branch', 'Liikunta', '/k/kasvustot/liikunta/'],
      ['count', '300 toimijaa · 1 hedelmää', undefined],
      ['fruit', 'Kylien kisat', undefined],
      ['actor', 'Seura 250', '/k/toimijat/a250/'],
      ['actor', 'Seura 000', '/k/toimijat/a0/'],
      ['actor', 'Seura 001', '/k/toimijat/a1/'],
      ['actor', 'Seura 002', '/k/toimijat/a2/'],
      ['more', '+296 muuta', '/k/kasvustot/liikunta/'],
    ]);
  });

  test('keeps an empty branch as a bare twig with a quiet, unlinked name and a municipality without actors as a sapling', () => {
    const empty = { ...smallInput(), actors: [], fruits: [] };
    const sapling = layoutTree(empty);
    const grown = layoutTree(smallInput());
    expect(sapling.leaves).toEqual([]);
    expect(sapling.apples).toEqual([]);
    expect(sapling.branches.every((branch) => branch.bare)).toBe(true);
    expect(sapling.trunk.baseWidth).toBeLessThan(grown.trunk.baseWidth);
    expect(sapling.labels.map((label) => [label.kind, label.text, label.href])).toEqual([
      ['branch', 'Liikunta', undefined],
      ['branch', 'Terveys', undefined],
      ['sub-branch', '↳ Vapaaehtoiset', undefined],
      ['branch', 'Turvallisuus', undefined],
    ]);
  });

  test('lays out the same content the same way every time', () => {
    expect(layoutTree(syntheticTreeInput(500, 3))).toEqual(layoutTree(syntheticTreeInput(500, 3)));
  });

  test('rounds every coordinate to a tenth', () => {
    const tree = layoutTree(syntheticTreeInput(100));
    const numbers = [...tree.leaves, ...tree.apples].flatMap((point) => [point.x, point.y]);
    expect(numbers.every((n) => Math.round(n * 10) / 10 === n)).toBe(true);
    expect(tree.branches.every((branch) => !/\d\.\d\d/.test(branch.path))).toBe(true);
  });
});

describe('the narrow tree', () => {
  test('stacks the top-level branches in the order of the wide drawing, each with its own label block', () => {
    const tree = layoutTree(smallInput());
    const narrow = layoutNarrowTree(tree);
    expect(narrow.map((branch) => branch.id)).toEqual(['liikunta', 'terveys', 'turvallisuus']);
    expect(narrow.flatMap((branch) => branch.labels)).toEqual(expect.arrayContaining(tree.labels));
    expect(narrow.flatMap((branch) => branch.labels)).toHaveLength(tree.labels.length);
    expect(narrow.every((branch) => branch.labels[0]!.kind === 'branch')).toBe(true);
  });

  test('keeps every leaf and apple, each in the crown of its own branch', () => {
    const tree = layoutTree(smallInput());
    const narrow = layoutNarrowTree(tree);
    expect(narrow.flatMap((branch) => branch.leaves.map((leaf) => leaf.id)).sort()).toEqual(
      tree.leaves.map((leaf) => leaf.id).sort(),
    );
    expect(narrow.flatMap((branch) => branch.apples.map((apple) => apple.id)).sort()).toEqual(['k/kampanja', 'k/kisat']);
    for (const branch of narrow) {
      for (const point of [...branch.leaves, ...branch.apples]) {
        expect(point.x).toBeGreaterThanOrEqual(branch.box.x);
        expect(point.x).toBeLessThanOrEqual(branch.box.x + branch.box.width);
        expect(point.y).toBeGreaterThanOrEqual(branch.box.y);
        expect(point.y).toBeLessThanOrEqual(branch.box.y + branch.box.height);
      }
    }
  });

  test('links each shown actor name to the leaf of that actor', () => {
    const narrow = layoutNarrowTree(layoutTree(smallInput()));
    const liikunta = narrow.find((branch) => branch.id === 'liikunta')!;
    const names = liikunta.labels.filter((label) => label.kind === 'actor');
    expect(names.map((label) => [label.text, label.actor, label.href])).toEqual([
      ['Kuoro', 'k/kuoro', '/k/toimijat/kuoro/'],
      ['Urheiluseura', 'k/seura', '/k/toimijat/seura/'],
    ]);
    expect(names.every((label) => liikunta.leaves.some((leaf) => leaf.id === label.actor))).toBe(true);
  });

  test('gives a bare branch a bud and a branch long enough to reach the trunk', () => {
    const narrow = layoutNarrowTree(layoutTree(smallInput()), { minWidth: 80 });
    const bare = narrow.find((branch) => branch.id === 'turvallisuus')!;
    expect(bare.bare).toBe(true);
    expect(bare.leaves).toEqual([]);
    expect(bare.box.width).toBe(80);
    expect(bare.box.height).toBe(2 * (SIZES.budRadius + 6));
    // The bud sits at the right end of its drawing; the branch fills the rest.
    expect(bare.cluster.x).toBeCloseTo(bare.box.x + bare.box.width - SIZES.budRadius - 6, 5);
  });
});
