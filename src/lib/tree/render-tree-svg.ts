import type { Apple, Label, Leaf, TreeGeometry } from './types';
import type { NarrowBranch } from './layout-narrow';
import { SHAPES } from './shapes';

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

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Styles that travel with the SVG, so the standalone poster looks like the page: the focus ring
 * appears on keyboard focus (and hover) around leaves, apples and label links. The rings also
 * say `fill="none"` themselves, for readers of the drawing that apply no style sheet (the PDF).
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
function leafShape(angle = 0, fill = ''): string {
  const rotate = angle ? ` transform="rotate(${angle})"` : '';
  return (
    `<g${rotate}><path d="${LEAF_PATH}"${fill ? ` fill="${fill}"` : ''} stroke="#1b3a1e" stroke-width="0.8"/>` +
    `<path d="${LEAF_RIB}" stroke="#ffffff" stroke-opacity="0.6" stroke-width="0.8"/></g>`
  );
}

/** An apple drawn at the origin, with a star when it is an attraction. */
function appleShape(attraction: boolean, r: number = SHAPES.appleRadius): string {
  const { body, stem, leaf } = applePaths(r * 0.9);
  const star = attraction
    ? `<path d="${starPath(r * 0.55)}" transform="translate(0 ${Math.round(r * 1.5) / 10})" fill="#ffd54f" stroke="${TEXT}" stroke-width="0.8"/>`
    : '';
  return (
    `<path d="${stem}" stroke="${TRUNK}" stroke-width="1.6" fill="none"/><path d="${leaf}" fill="#2e7d32"/>` +
    `<path d="${body}" fill="#c62828" stroke="#5f0f0f" stroke-width="1"/>${star}`
  );
}

/**
 * The shapes every leaf and apple reuse through `<use>`: a tree of hundreds of actors then
 * carries each shape once, not once per leaf. Ids start with the SVG's own prefix, so several
 * trees can share a page.
 */
export function shapeDefs(prefix: string): string {
  return (
    `<defs><g id="${prefix}-lehti">${leafShape()}</g>` +
    `<g id="${prefix}-omena">${appleShape(false)}</g><g id="${prefix}-omena-tahti">${appleShape(true)}</g></defs>`
  );
}

function leafUse(leaf: Leaf, prefix: string): string {
  return `<use href="#${prefix}-lehti" transform="translate(${leaf.x} ${leaf.y}) rotate(${leaf.angle})" fill="${leaf.colour}"/>`;
}

function appleUse(apple: Apple, prefix: string): string {
  return `<use href="#${prefix}-${apple.attraction ? 'omena-tahti' : 'omena'}" x="${apple.x}" y="${apple.y}"/>`;
}

/** A leaf link's accessible name (and hover text): the actor, and where it comes from if elsewhere. */
function leafName(leaf: Leaf): string {
  return escapeXml(leaf.note ? `${leaf.name} (${leaf.note})` : leaf.name);
}

function leafLink(leaf: Leaf, prefix: string): string {
  const name = leafName(leaf);
  return (
    // The <title> child is both the link's accessible name and the name shown on hover.
    `<a href="${escapeXml(leaf.href)}"><title>${name}</title>` +
    `<circle class="hp-ring" fill="none" cx="${leaf.x}" cy="${leaf.y}" r="${SHAPES.leafRadius + 1}"/>${leafUse(leaf, prefix)}</a>`
  );
}

/**
 * An actor whose name is written beside the tree: leaf and name are one link, so the name is as
 * easy to tap as the leaf. The ring circles the leaf and frames the name.
 */
function namedLeafLink(leaf: Leaf, label: Label, prefix: string): string {
  const { x, y, width, height } = label.box;
  return (
    `<a href="${escapeXml(leaf.href)}"><title>${leafName(leaf)}</title>` +
    `<circle class="hp-ring" fill="none" cx="${leaf.x}" cy="${leaf.y}" r="${SHAPES.leafRadius + 1}"/>${leafUse(leaf, prefix)}` +
    `<rect class="hp-ring" fill="none" x="${x - 3}" y="${y}" width="${Math.round((width + 6) * 10) / 10}" height="${height}" rx="4"/>` +
    `${labelText(label)}</a>`
  );
}

function appleLink(apple: Apple, prefix: string, words: DrawingWords): string {
  const name = escapeXml(`${words.fruitWord}: ${apple.title}${apple.attraction ? `, ${words.attractionWord}` : ''}`);
  return (
    `<a href="${escapeXml(apple.href)}" class="hp-apple${apple.attraction ? ' hp-apple--attraction' : ''}"><title>${name}</title>` +
    `<circle class="hp-ring" fill="none" cx="${apple.x}" cy="${apple.y}" r="${apple.r + 2}"/>${appleUse(apple, prefix)}</a>`
  );
}

const QUIET_TEXT = '#4a524c';

/** Fruit titles are red italics; a branch's name is bold, or quiet grey when the branch is empty, like its count line. */
function labelText(label: Label): string {
  const head = label.kind === 'branch';
  const weight = head && label.href ? ' font-weight="700"' : '';
  const quiet = label.kind === 'count' || ((head || label.kind === 'sub-branch') && !label.href);
  const colour = label.kind === 'fruit' ? FRUIT_TEXT : quiet ? QUIET_TEXT : TEXT;
  const style = label.kind === 'fruit' ? ' font-style="italic"' : '';
  const lang = label.lang ? ` lang="${escapeXml(label.lang)}"` : '';
  return `<text x="${label.x}" y="${label.y}" text-anchor="${label.anchor}" font-size="${label.fontSize}"${weight}${style}${lang} fill="${colour}">${escapeXml(label.text)}</text>`;
}

function labelMarkup(label: Label, branchName: string): string {
  if (!label.href) return labelText(label).replace('<text ', '<text aria-hidden="true" ');
  const { x, y, width, height } = label.box;
  const ring = `<rect class="hp-ring" fill="none" x="${x - 3}" y="${y}" width="${Math.round((width + 6) * 10) / 10}" height="${height}" rx="4"/>`;
  const aria = label.kind === 'more' ? ` aria-label="${escapeXml(`${label.text} – ${branchName}`)}"` : '';
  return `<a href="${escapeXml(label.href)}"${aria}>${ring}${labelText(label)}</a>`;
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
 * The tree itself: roots, trunk, branches, buds and foliage, then per branch its links (name,
 * apples, leaves, "+N more") so that the keyboard walks the tree one branch at a time. With
 * `links: false` (the forest) leaves and apples are drawn without links or labels.
 */
/**
 * Above this many leaves a tree drawn without links (in the forest) shows its crown as solid
 * clusters instead of one leaf per actor: the shape stays, the page stays light.
 */
const SILHOUETTE_OVER = 60;

export function treeDrawing(tree: TreeGeometry, words: DrawingWords, prefix: string, links = true): string {
  const silhouette = !links && tree.leaves.length > SILHOUETTE_OVER;
  const buds = tree.branches
    .filter((branch) => branch.bare)
    .map(
      (branch) =>
        `<circle cx="${branch.tip.x}" cy="${branch.tip.y}" r="${SHAPES.budRadius}" fill="${branch.colour}" stroke="${TEXT}" stroke-width="0.8"/>`,
    );
  const foliage = tree.clusters
    .filter((cluster) => cluster.r > 0)
    .map(
      (cluster) =>
        `<circle cx="${cluster.centre.x}" cy="${cluster.centre.y}" r="${cluster.r}" fill="${colourOfBranch(tree, cluster.branch)}" fill-opacity="${silhouette ? 0.55 : 0.1}"/>`,
    );
  const groups = tree.clusters.map(({ branch }) => {
    const apples = tree.apples.filter((apple) => apple.group === branch);
    const leaves = tree.leaves.filter((leaf) => leaf.group === branch);
    if (!links) {
      return (
        (silhouette ? '' : leaves.map((leaf) => leafUse(leaf, prefix)).join('')) +
        apples.map((apple) => appleUse(apple, prefix)).join('')
      );
    }
    const labels = tree.labels.filter((label) => label.group === branch);
    const head = labels.find((label) => label.kind === 'branch');
    const branchName = head?.text ?? branch;
    const named = new Map(labels.filter((label) => label.actor).map((label) => [label.actor!, label]));
    return `<g class="hp-tree-branch">${[
      ...labels.filter((label) => label.kind !== 'more' && label.kind !== 'actor').map((label) => labelMarkup(label, branchName)),
      ...apples.map((apple) => appleLink(apple, prefix, words)),
      ...leaves.filter((leaf) => named.has(leaf.id)).map((leaf) => namedLeafLink(leaf, named.get(leaf.id)!, prefix)),
      ...leaves.filter((leaf) => !named.has(leaf.id)).map((leaf) => leafLink(leaf, prefix)),
      ...labels.filter((label) => label.kind === 'more').map((label) => labelMarkup(label, branchName)),
    ].join('')}</g>`;
  });
  return (
    `<g fill="${TRUNK}">${tree.roots.map((d) => `<path d="${d}"/>`).join('')}<path d="${tree.trunk.path}"/></g>` +
    `<g>${tree.branches.map((branch) => `<path d="${branch.path}" fill="${branch.colour}" stroke="${TRUNK}" stroke-width="0.6"/>`).join('')}</g>` +
    `<g>${buds.join('')}</g><g>${foliage.join('')}</g>${groups.join('')}`
  );
}

/** The opening of an accessible SVG: its title and description, and the tree styles. */
export function svgOpen(width: number, height: number, options: RenderOptions, attributes = ''): string {
  const titleId = `${options.id}-otsikko`;
  const descId = `${options.id}-kuvaus`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="hp-tree-svg" viewBox="0 0 ${width} ${height}"${attributes} role="group" aria-labelledby="${titleId}" aria-describedby="${descId}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title><desc id="${descId}">${escapeXml(options.description)}</desc>` +
    `<style>${TREE_STYLE}</style>${shapeDefs(options.id)}`
  );
}

export function groundLine(x1: number, x2: number, y: number): string {
  return `<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="#8d6e63" stroke-width="2" stroke-linecap="round"/>`;
}

/** The SVG of one municipality's tree, at its natural size (one unit is one CSS pixel). */
export function renderTreeSvg(tree: TreeGeometry, options: RenderOptions & DrawingWords): string {
  return (
    svgOpen(tree.width, tree.height, options, ` width="${tree.width}" height="${tree.height}"`) +
    groundLine(tree.ground.x1, tree.ground.x2, tree.ground.y) +
    treeDrawing(tree, options, options.id) +
    `</svg>`
  );
}

/** The shapes a legend explains. */
export type LegendIcon = 'leaf' | 'apple' | 'attraction' | 'bud';

/** Small decorative icons for the legend beside a tree: the same shapes as in the drawing. */
export function legendIcon(kind: LegendIcon): string {
  const open =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-14 -14 28 28" width="24" height="24" aria-hidden="true" focusable="false">';
  const shapes = {
    leaf: leafShape(30, '#2e7d32'),
    apple: appleShape(false),
    attraction: appleShape(true),
    bud: `<circle r="${SHAPES.budRadius}" fill="#6d4c41" stroke="${TEXT}" stroke-width="0.8"/>`,
  };
  return `${open}${shapes[kind]}</svg>`;
}

/** The leaf and apple shapes of the narrow tree, once per page, in an SVG that draws nothing. */
export function narrowDefs(prefix: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="hp-visually-hidden" aria-hidden="true" focusable="false">${shapeDefs(prefix)}</svg>`;
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
  const stub = `<path d="M${x},${cy - half}L${cx},${cy - 1}L${cx},${cy + 1}L${x},${cy + half}Z" fill="${branch.colour}" stroke="${TRUNK}" stroke-width="0.6"/>`;
  const crown = branch.bare
    ? `<circle cx="${cx}" cy="${cy}" r="${SHAPES.budRadius}" fill="${branch.colour}" stroke="${TEXT}" stroke-width="0.8"/>`
    : `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${branch.colour}" fill-opacity="0.1"/>` +
      branch.leaves.map((leaf) => leafUse(leaf, prefix)).join('') +
      branch.apples.map((apple) => appleUse(apple, prefix)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="hp-tree-narrow__crown" viewBox="${x} ${y} ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">` +
    `${stub}${crown}</svg>`
  );
}

/** A small leaf or apple in front of a name in the narrow tree, reusing the page's shapes. */
export function narrowIcon(kind: 'leaf' | 'apple' | 'attraction', prefix: string, colour = '#2e7d32', angle = 0): string {
  const shape =
    kind === 'leaf'
      ? `<use href="#${prefix}-lehti" transform="rotate(${angle})" fill="${colour}"/>`
      : `<use href="#${prefix}-${kind === 'attraction' ? 'omena-tahti' : 'omena'}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-14 -14 28 28" width="20" height="20" aria-hidden="true" focusable="false">${shape}</svg>`;
}
