/** What the tree layout needs to know, already localised: plain data, no Astro. */
export interface TreeInput {
  /** Branches in display order, parents before their children. */
  branches: TreeBranch[];
  /** The municipality's listed actors; each becomes one leaf on its first branch. */
  actors: TreeActor[];
  /** The municipality's fruits; each becomes one apple on its branch. */
  fruits: TreeFruit[];
  /** Texts drawn in the tree, from the UI dictionary. */
  text: TreeText;
}

export interface TreeBranch {
  id: string;
  name: string;
  /** Set when the name is shown in another language than the page's (a Finnish fallback). */
  lang?: string | undefined;
  /** Fill colour of the branch, `#rrggbb`. */
  colour: string;
  parent?: string | undefined;
  /** The branch page, where "+N more" leads. */
  href: string;
}

export interface TreeActor {
  id: string;
  name: string;
  href: string;
  /** Branch ids, most important first; the leaf grows on the first one. */
  branches: string[];
  /** Higher first when names compete for label space (e.g. the number of fruits it shares). */
  priority: number;
  /** For an actor based elsewhere: "Alajärvi, toimii myös kunnassa Vimpeli", as every listing says. */
  note?: string | undefined;
}

export interface TreeFruit {
  id: string;
  title: string;
  /** Set when the title is shown in another language than the page's. */
  lang?: string | undefined;
  href: string;
  branch: string;
  attraction: boolean;
}

export interface TreeText {
  /** "+{count} muuta" */
  more: (count: number) => string;
  /** What a branch holds, in the words every page counts with: "3 toimijaa · 1 hedelmä". */
  tally: (actors: number, fruits: number) => string;
}

/** A point on the drawing, in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box, used to prove that labels and apples never overlap. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BranchShape {
  id: string;
  /** Closed, tapered outline from the trunk (or the parent cluster) to the branch's cluster. */
  path: string;
  colour: string;
  /** Width where the branch leaves the trunk; grows with the number of actors and fruits. */
  baseWidth: number;
  /** Where it ends: the centre of its cluster, or the bud of a bare twig. */
  tip: Point;
  /** True for a branch with nothing on it, drawn as a bare twig with a bud. */
  bare: boolean;
}

export interface Leaf extends Point {
  id: string;
  /** The top-level branch it grows on: the drawing groups links by branch for keyboard order. */
  group: string;
  name: string;
  /** Where an actor based elsewhere comes from (`TreeActor.note`): added to its link's name. */
  note?: string | undefined;
  href: string;
  colour: string;
  /** Rotation in degrees, derived from the id so the same content draws the same tree. */
  angle: number;
}

export interface Apple extends Point {
  id: string;
  /** The top-level branch it grows on. */
  group: string;
  title: string;
  lang?: string | undefined;
  href: string;
  attraction: boolean;
  r: number;
}

export interface Label {
  text: string;
  /** Set when the text is in another language than the page's. */
  lang?: string | undefined;
  /** The top-level branch whose block it belongs to. */
  group: string;
  /** Baseline start (anchor `start`) or end (anchor `end`). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** Text size in user units: a branch's name a little larger than the rest. */
  fontSize: number;
  /** `count` is the line under a branch's name that says what it holds. */
  kind: 'branch' | 'count' | 'sub-branch' | 'fruit' | 'actor' | 'more';
  /**
   * The link of branch, sub-branch, actor and "+N more" labels. A branch or sub-branch with
   * nothing on it has none: it is drawn quietly, not offered as a page with content.
   */
  href?: string | undefined;
  /** For an actor's name: the id of its leaf, drawn in the same link as the name. */
  actor?: string | undefined;
  /** For a fruit's title: the id of its apple. */
  fruit?: string | undefined;
  /** The space the text takes, estimated from its length. */
  box: Box;
}

export interface TreeGeometry {
  width: number;
  height: number;
  trunk: { path: string; base: Point; top: Point; baseWidth: number };
  roots: string[];
  ground: { y: number; x1: number; x2: number };
  branches: BranchShape[];
  leaves: Leaf[];
  apples: Apple[];
  labels: Label[];
  /** Each top-level branch's cluster, for tests and the forest. */
  clusters: { branch: string; centre: Point; r: number }[];
}
