import type { Element, ElementContent } from 'hast';
import { s, type Properties } from 'hastscript';
import type { Apple, Box, Label, Leaf, TreeGeometry } from './types';
import type { NarrowBranch } from './layout-narrow';
import { SHAPES } from './shapes';
import { SVG_NAMESPACE, svgMarkup } from './svg-markup';

export interface RenderOptions {
  /** Prefix of the ids inside the SVG; unique per page. */
  id: string;
  /** The SVG's title, e.g. "Vimpelin hyvinvointipuu". */
  title: string;
  /** What the tree shows, in a sentence or two, and where its text alternative is. */
  description: string;
}

const TRUNK = '#6d4c41';
const TEXT = '#1b1f1c';
const FRUIT_TEXT = '#8e1b1b';

/**
 * Styles that travel with the SVG, so the standalone poster looks like the page: the focus ring
 * appears on keyboard focus (and hover) around leaves, apples and label links. The rings also
 * say `fill="none"` themselves, for readers of the drawing that apply no style sheet (the PDF).
 * Its hash is in the content security policy: it holds no `<` or `&`, so the serialiser writes
 * it into the `<style>` element exactly as it is here.
 */
export const TREE_STYLE = `.hp-tree-svg a{outline:none}.hp-tree-svg .hp-ring{fill:transparent;stroke:none}.hp-tree-svg a:hover .hp-ring{stroke:#4a524c;stroke-width:2}.hp-tree-svg a:focus-visible .hp-ring{stroke:#0b57d0;stroke-width:3}.hp-tree-svg text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}.hp-tree-svg a text{text-decoration:underline;fill:#1a5d2b}`;

/** A leaf: a pointed oval with a midrib, 22 units long. */
const LEAF_PATH = 'M0,-11C6,-5 6,5 0,11C-6,5 -6,-5 0,-11Z';
const LEAF_RIB = 'M0,-9L0,10';

/** An apple of radius 1, scaled per apple: a body with two shoulders, a stem and a leaf. */
function applePaths(r: number): { body: string; stem: string; leaf: string } {
  const s = (v: number) => Math.round(v * r * 10) / 10;
  return {
    body: `M0,${s(-0.55)}C${s(0.35)},${s(-0.95)} ${s(1.05)},${s(-0.8)} ${s(1)},${s(-0.05)}C${s(0.95)},${s(0.7)} ${s(0.45)},${s(1)} 0,${s(0.85)}C${s(-0.45)},${s(1)} ${s(-0.95)},${s(0.7)} ${s(-1)},${s(-0.05)}C${s(-1.05)},${s(-0.8)} ${s(-0.35)},${s(-0.95)} 0,${s(-0.55)}Z`,
    stem: `M0,${s(-0.55)}Q${s(0.05)},${s(-0.95)} ${s(0.3)},${s(-1.15)}`,
    leaf: `M${s(0.1)},${s(-0.85)}Q${s(0.55)},${s(-1.35)} ${s(0.95)},${s(-0.95)}Q${s(0.5)},${s(-0.6)} ${s(0.1)},${s(-0.85)}Z`,
  };
}

/** A five-pointed star of outer radius r: the mark of an attraction apple. */
function starPath(r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${Math.round(Math.cos(angle) * radius * 10) / 10},${Math.round(Math.sin(angle) * radius * 10) / 10}`);
  }
  return `M${points.join('L')}Z`;
}

/** A leaf drawn at the origin; without `fill`, so each use can colour it by its branch. */
function leafShape(angle = 0, fill?: string): Element {
  return s('g', { transform: angle ? `rotate(${angle})` : undefined }, [
    s('path', { d: LEAF_PATH, fill, stroke: '#1b3a1e', 'stroke-width': 0.8 }),
    s('path', { d: LEAF_RIB, stroke: '#ffffff', 'stroke-opacity': 0.6, 'stroke-width': 0.8 }),
  ]);
}

/** An apple drawn at the origin, with a star when it is an attraction. */
function appleShape(attraction: boolean, r: number = SHAPES.appleRadius): Element[] {
  const { body, stem, leaf } = applePaths(r * 0.9);
  const shape = [
    s('path', { d: stem, stroke: TRUNK, 'stroke-width': 1.6, fill: 'none' }),
    s('path', { d: leaf, fill: '#2e7d32' }),
    s('path', { d: body, fill: '#c62828', stroke: '#5f0f0f', 'stroke-width': 1 }),
  ];
  if (!attraction) return shape;
  const star = s('path', {
    d: starPath(r * 0.55),
    transform: `translate(0 ${Math.round(r * 1.5) / 10})`,
    fill: '#ffd54f',
    stroke: TEXT,
    'stroke-width': 0.8,
  });
  return [...shape, star];
}

/**
 * The shapes every leaf and apple reuse through `<use>`: a tree of hundreds of actors then
 * carries each shape once, not once per leaf. Ids start with the SVG's own prefix, so several
 * trees can share a page.
 */
export function shapeDefs(prefix: string): Element {
  return s('defs', [
    s('g', { id: `${prefix}-lehti` }, leafShape()),
    s('g', { id: `${prefix}-omena` }, appleShape(false)),
    s('g', { id: `${prefix}-omena-tahti` }, appleShape(true)),
  ]);
}

function leafUse(leaf: Leaf, prefix: string): Element {
  return s('use', {
    href: `#${prefix}-lehti`,
    transform: `translate(${leaf.x} ${leaf.y}) rotate(${leaf.angle})`,
    fill: leaf.colour,
  });
}

function appleUse(apple: Apple, prefix: string): Element {
  return s('use', { href: `#${prefix}-${apple.attraction ? 'omena-tahti' : 'omena'}`, x: apple.x, y: apple.y });
}

/** A leaf link's accessible name (and hover text): the actor, and where it comes from if elsewhere. */
function leafName(leaf: Leaf): string {
  return leaf.note ? `${leaf.name} (${leaf.note})` : leaf.name;
}

/**
 * The ring around a link, transparent until the link is focused or hovered (`TREE_STYLE`).
 * `fill="none"` keeps it from hiding what is under it where no style sheet applies (the PDF).
 */
function ringCircle(cx: number, cy: number, r: number): Element {
  return s('circle', { class: 'hp-ring', fill: 'none', cx, cy, r });
}

/** The focus ring around a name written beside the tree: its text box with a little room. */
function ringRect({ x, y, width, height }: Box): Element {
  return s('rect', { class: 'hp-ring', fill: 'none', x: x - 3, y, width: Math.round((width + 6) * 10) / 10, height, rx: 4 });
}

function leafLink(leaf: Leaf, prefix: string): Element {
  // The <title> child is both the link's accessible name and the name shown on hover.
  return s('a', { href: leaf.href }, [
    s('title', leafName(leaf)),
    ringCircle(leaf.x, leaf.y, SHAPES.leafRadius + 1),
    leafUse(leaf, prefix),
  ]);
}

/**
 * An actor whose name is written beside the tree: leaf and name are one link, so the name is as
 * easy to tap as the leaf. The ring circles the leaf and frames the name.
 */
function namedLeafLink(leaf: Leaf, label: Label, prefix: string): Element {
  return s('a', { href: leaf.href }, [
    s('title', leafName(leaf)),
    ringCircle(leaf.x, leaf.y, SHAPES.leafRadius + 1),
    leafUse(leaf, prefix),
    ringRect(label.box),
    labelText(label),
  ]);
}

function appleLink(apple: Apple, prefix: string, words: DrawingWords): Element {
  const name = `${words.fruitWord}: ${apple.title}${apple.attraction ? `, ${words.attractionWord}` : ''}`;
  return s('a', { href: apple.href, class: apple.attraction ? 'hp-apple hp-apple--attraction' : 'hp-apple' }, [
    s('title', name),
    ringCircle(apple.x, apple.y, apple.r + 2),
    appleUse(apple, prefix),
  ]);
}

const QUIET_TEXT = '#4a524c';

/**
 * Fruit titles are red italics; a branch's name is bold, or quiet grey when the branch is empty,
 * like its count line. A label that is no link is `hidden` from assistive technology: the
 * listing beside the figure, its text alternative, says the same.
 */
function labelText(label: Label, hidden = false): Element {
  const head = label.kind === 'branch';
  const quiet = label.kind === 'count' || ((head || label.kind === 'sub-branch') && !label.href);
  return s(
    'text',
    {
      'aria-hidden': hidden ? 'true' : undefined,
      x: label.x,
      y: label.y,
      'text-anchor': label.anchor,
      'font-size': label.fontSize,
      'font-weight': head && label.href ? 700 : undefined,
      'font-style': label.kind === 'fruit' ? 'italic' : undefined,
      lang: label.lang || undefined,
      fill: label.kind === 'fruit' ? FRUIT_TEXT : quiet ? QUIET_TEXT : TEXT,
    },
    label.text,
  );
}

function labelMarkup(label: Label, branchName: string): Element {
  if (!label.href) return labelText(label, true);
  // "+12 muuta" alone would not say where it leads; its accessible name adds the branch.
  const name = label.kind === 'more' ? `${label.text} – ${branchName}` : undefined;
  return s('a', { href: label.href, 'aria-label': name }, [ringRect(label.box), labelText(label)]);
}

function colourOfBranch(tree: TreeGeometry, id: string): string {
  return tree.branches.find((branch) => branch.id === id)?.colour ?? '#2e7d32';
}

export interface DrawingWords {
  /** "Hedelmä": starts an apple's accessible name. */
  fruitWord: string;
  /** "vetovoimatekijä": ends the accessible name of an attraction apple. */
  attractionWord: string;
}

/**
 * Above this many leaves a tree drawn without links (in the forest) shows its crown as solid
 * clusters instead of one leaf per actor: the shape stays, the page stays light.
 */
const SILHOUETTE_OVER = 60;

/**
 * One branch's links, in the order the keyboard walks them: its name, apples, the actors named
 * beside the tree, the other leaves, and "+N more" last.
 */
function branchLinks(tree: TreeGeometry, branch: string, prefix: string, words: DrawingWords): Element {
  const apples = tree.apples.filter((apple) => apple.group === branch);
  const leaves = tree.leaves.filter((leaf) => leaf.group === branch);
  const labels = tree.labels.filter((label) => label.group === branch);
  const head = labels.find((label) => label.kind === 'branch');
  const branchName = head?.text ?? branch;
  const named = new Map(labels.filter((label) => label.actor).map((label) => [label.actor!, label]));
  return s('g', { class: 'hp-tree-branch' }, [
    ...labels.filter((label) => label.kind !== 'more' && label.kind !== 'actor').map((label) => labelMarkup(label, branchName)),
    ...apples.map((apple) => appleLink(apple, prefix, words)),
    ...leaves.filter((leaf) => named.has(leaf.id)).map((leaf) => namedLeafLink(leaf, named.get(leaf.id)!, prefix)),
    ...leaves.filter((leaf) => !named.has(leaf.id)).map((leaf) => leafLink(leaf, prefix)),
    ...labels.filter((label) => label.kind === 'more').map((label) => labelMarkup(label, branchName)),
  ]);
}

/** One branch's leaves and apples without links or labels (the forest); only apples on a silhouette. */
function branchShapes(tree: TreeGeometry, branch: string, prefix: string, silhouette: boolean): Element[] {
  const leaves = silhouette ? [] : tree.leaves.filter((leaf) => leaf.group === branch);
  const apples = tree.apples.filter((apple) => apple.group === branch);
  return [...leaves.map((leaf) => leafUse(leaf, prefix)), ...apples.map((apple) => appleUse(apple, prefix))];
}

/**
 * The tree itself: roots, trunk, branches, buds and foliage, then per branch its links (name,
 * apples, leaves, "+N more") so that the keyboard walks the tree one branch at a time. With
 * `links: false` (the forest) leaves and apples are drawn without links or labels.
 */
export function treeDrawing(tree: TreeGeometry, words: DrawingWords, prefix: string, links = true): Element[] {
  const silhouette = !links && tree.leaves.length > SILHOUETTE_OVER;
  const buds = tree.branches
    .filter((branch) => branch.bare)
    .map((branch) =>
      s('circle', {
        cx: branch.tip.x,
        cy: branch.tip.y,
        r: SHAPES.budRadius,
        fill: branch.colour,
        stroke: TEXT,
        'stroke-width': 0.8,
      }),
    );
  const foliage = tree.clusters
    .filter((cluster) => cluster.r > 0)
    .map((cluster) =>
      s('circle', {
        cx: cluster.centre.x,
        cy: cluster.centre.y,
        r: cluster.r,
        fill: colourOfBranch(tree, cluster.branch),
        'fill-opacity': silhouette ? 0.55 : 0.1,
      }),
    );
  const groups = tree.clusters.flatMap(({ branch }) =>
    links ? [branchLinks(tree, branch, prefix, words)] : branchShapes(tree, branch, prefix, silhouette),
  );
  return [
    s('g', { fill: TRUNK }, [...tree.roots.map((d) => s('path', { d })), s('path', { d: tree.trunk.path })]),
    s(
      'g',
      tree.branches.map((branch) => s('path', { d: branch.path, fill: branch.colour, stroke: TRUNK, 'stroke-width': 0.6 })),
    ),
    s('g', buds),
    s('g', foliage),
    ...groups,
  ];
}

/**
 * An accessible SVG of a tree or the forest: its title and description (named by
 * `aria-labelledby` and `aria-describedby`), the tree styles and the shared shapes, then
 * `content`. `size` gives the SVG its width and height where it has them.
 */
export function treeSvg(
  width: number,
  height: number,
  options: RenderOptions,
  content: ElementContent[],
  size: Properties = {},
): Element {
  const titleId = `${options.id}-otsikko`;
  const descId = `${options.id}-kuvaus`;
  return s(
    'svg',
    {
      xmlns: SVG_NAMESPACE,
      class: 'hp-tree-svg',
      viewBox: `0 0 ${width} ${height}`,
      ...size,
      role: 'group',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
    },
    [
      s('title', { id: titleId }, options.title),
      s('desc', { id: descId }, options.description),
      s('style', TREE_STYLE),
      shapeDefs(options.id),
      ...content,
    ],
  );
}

/** The ground the trees stand on, from `x1` to `x2` at height `y`. */
export function groundLine(x1: number, x2: number, y: number): Element {
  return s('line', { x1, y1: y, x2, y2: y, stroke: '#8d6e63', 'stroke-width': 2, 'stroke-linecap': 'round' });
}

/** The SVG of one municipality's tree, at its natural size (one unit is one CSS pixel). */
export function renderTreeSvg(tree: TreeGeometry, options: RenderOptions & DrawingWords): string {
  const content = [groundLine(tree.ground.x1, tree.ground.x2, tree.ground.y), ...treeDrawing(tree, options, options.id)];
  return svgMarkup(treeSvg(tree.width, tree.height, options, content, { width: tree.width, height: tree.height }));
}

/** The shapes a legend explains. */
export type LegendIcon = 'leaf' | 'apple' | 'attraction' | 'bud';

/** The shape a legend entry explains, drawn at the origin as in the tree; the poster draws it too. */
export function legendShape(kind: LegendIcon): Element[] {
  switch (kind) {
    case 'leaf':
      return [leafShape(30, '#2e7d32')];
    case 'apple':
      return appleShape(false);
    case 'attraction':
      return appleShape(true);
    case 'bud':
      return [s('circle', { r: SHAPES.budRadius, fill: '#6d4c41', stroke: TEXT, 'stroke-width': 0.8 })];
  }
}

/**
 * A decorative SVG: hidden from assistive technology, as the text beside it says what it shows.
 * `focusable="false"` keeps Internet Explorer and the old Edge, which put every inline SVG in
 * the tab order, from stopping on it.
 */
export function decorativeSvg(properties: Properties, content: ElementContent[]): Element {
  return s('svg', { xmlns: SVG_NAMESPACE, ...properties, 'aria-hidden': 'true', focusable: 'false' }, content);
}

/** Small decorative icons for the legend beside a tree: the same shapes as in the drawing. */
export function legendIcon(kind: LegendIcon): string {
  return svgMarkup(decorativeSvg({ viewBox: '-14 -14 28 28', width: 24, height: 24 }, legendShape(kind)));
}

/** The leaf and apple shapes of the narrow tree, once per page, in an SVG that draws nothing. */
export function narrowDefs(prefix: string): string {
  return svgMarkup(decorativeSvg({ class: 'hp-visually-hidden' }, [shapeDefs(prefix)]));
}

/**
 * One crown of the narrow tree, cut out of the wide drawing: the branch coming in from the
 * trunk on the left, the cluster with its leaves and apples, or a bud. Decorative: the names
 * beside it are the links.
 */
export function crownSvg(branch: NarrowBranch, prefix: string): string {
  const { x, y, width, height } = branch.box;
  const { x: cx, y: cy, r } = branch.cluster;
  const half = Math.round(Math.min(branch.baseWidth, 12) * 5) / 10;
  const stub = s('path', {
    d: `M${x},${cy - half}L${cx},${cy - 1}L${cx},${cy + 1}L${x},${cy + half}Z`,
    fill: branch.colour,
    stroke: TRUNK,
    'stroke-width': 0.6,
  });
  const crown = branch.bare
    ? [s('circle', { cx, cy, r: SHAPES.budRadius, fill: branch.colour, stroke: TEXT, 'stroke-width': 0.8 })]
    : [
        s('circle', { cx, cy, r, fill: branch.colour, 'fill-opacity': 0.1 }),
        ...branch.leaves.map((leaf) => leafUse(leaf, prefix)),
        ...branch.apples.map((apple) => appleUse(apple, prefix)),
      ];
  return svgMarkup(
    decorativeSvg({ class: 'hp-tree-narrow__crown', viewBox: `${x} ${y} ${width} ${height}`, width, height }, [stub, ...crown]),
  );
}

/** A small leaf or apple in front of a name in the narrow tree, reusing the page's shapes. */
export function narrowIcon(kind: 'leaf' | 'apple' | 'attraction', prefix: string, colour = '#2e7d32', angle = 0): string {
  const shape =
    kind === 'leaf'
      ? s('use', { href: `#${prefix}-lehti`, transform: `rotate(${angle})`, fill: colour })
      : s('use', { href: `#${prefix}-${kind === 'attraction' ? 'omena-tahti' : 'omena'}` });
  return svgMarkup(decorativeSvg({ viewBox: '-14 -14 28 28', width: 20, height: 20 }, [shape]));
}
