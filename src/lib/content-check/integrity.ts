import { collectionNames, type CollectionName } from '../../schemas/collections';
import type { ContentProblem } from '../friendly-errors';
import { closest } from '../suggest';
import type { SourceFile } from './read-source';

/** A file that passed its schema, with its id. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  source: SourceFile;
}

/**
 * A file that failed its schema: its raw YAML is still checked for references, so that staff
 * see every problem in one run, except in the fields its schema problems already name.
 */
export interface InvalidEntry extends CheckedEntry {
  reportedFields: Set<string>;
}

type Lookup = Record<CollectionName, Set<string>>;

/** Up to this many ids (branches, channels) are listed in full when a reference matches none. */
const LISTED_CHOICES = 20;

/**
 * Checks what a single schema cannot: that every reference points at an entry that exists,
 * that entries sit in the folder of a real municipality, that no two files get the same id and
 * that branches do not form a loop. Astro 5 only warns about broken references; here they fail.
 */
export function checkIntegrity(
  entries: CheckedEntry[],
  duplicates: CheckedEntry[][],
  /** Files that failed their schema: they exist, so references to them are not reported again. */
  invalid: InvalidEntry[] = [],
): ContentProblem[] {
  const known = [...entries, ...invalid];
  const ids = Object.fromEntries(
    collectionNames.map((name) => [name, new Set(known.filter((entry) => entry.collection === name).map((entry) => entry.id))]),
  ) as Lookup;
  const problems: ContentProblem[] = [];

  for (const group of duplicates) {
    const [first, ...others] = group;
    for (const other of others) {
      problems.push({
        file: other.source.displayPath,
        line: 1,
        field: '(file name)',
        found: `the id "${other.id}", which ${first!.source.displayPath} has too`,
        expected: 'a file name that no other entry in the collection uses',
      });
    }
  }

  for (const entry of [...entries, ...invalid]) {
    const reported = 'reportedFields' in entry ? (entry as InvalidEntry).reportedFields : new Set<string>();
    const problem = (path: (string | number)[], found: string, expected: string) =>
      problems.push({ file: entry.source.displayPath, line: entry.source.lineOf(path), field: fieldOf(path), found, expected });
    const reference = (path: (string | number)[], value: unknown, target: CollectionName) => {
      if (typeof value !== 'string' || ids[target].has(value) || reported.has(fieldOf(path))) return;
      const guess = closest(value, ids[target]);
      problem(
        path,
        JSON.stringify(value),
        guess
          ? `an existing ${singular[target]} id, such as "${guess}"`
          : ids[target].size > 0 && ids[target].size <= LISTED_CHOICES
            ? `the id of an existing ${singular[target]}: ${[...ids[target]].sort().join(', ')}`
            : `the id of an existing ${singular[target]} (a file in content/${target}/)`,
      );
    };

    if (
      entry.collection === 'actors' ||
      entry.collection === 'fruits' ||
      entry.collection === 'events' ||
      entry.collection === 'venues'
    ) {
      const folder = entry.id.split('/')[0]!;
      if (!entry.id.includes('/')) {
        problem(
          [],
          `the file directly in content/${entry.collection}/`,
          `it inside a municipality folder, e.g. content/${entry.collection}/alajarvi/`,
        );
      } else if (!ids.municipalities.has(folder)) {
        const guess = closest(folder, ids.municipalities);
        problem(
          [],
          `the folder "${folder}"`,
          guess
            ? `a municipality folder such as "${guess}"`
            : `a folder named after a municipality id: ${[...ids.municipalities].join(', ')}`,
        );
      }
    }

    const data = entry.data;
    const references = (field: string, target: CollectionName) =>
      listOf(data[field]).forEach((value, i) => reference([field, i], value, target));
    switch (entry.collection) {
      case 'branches':
        reference(['parent'], data.parent, 'branches');
        break;
      case 'actors':
        references('branches', 'branches');
        references('serves', 'municipalities');
        break;
      case 'fruits':
        reference(['branch'], data.branch, 'branches');
        references('partners', 'actors');
        break;
      case 'events':
        reference(['branch'], data.branch, 'branches');
        references('organisers', 'actors');
        reference(['venue'], data.venue, 'venues');
        references('channels', 'channels');
        break;
    }
  }

  problems.push(...branchLoops(entries.filter((entry) => entry.collection === 'branches')));
  return problems;
}

/** A list field as written; anything else (a schema problem of its own) as no items. */
function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Pages the footer of every page links to. */
export const REQUIRED_PAGES = {
  saavutettavuusseloste: 'the accessibility statement (Act 306/2019)',
  tietosuojaseloste: 'the privacy notice (GDPR articles 13 and 14)',
};

const singular: Record<CollectionName, string> = {
  municipalities: 'municipality',
  branches: 'branch',
  actors: 'actor',
  fruits: 'fruit',
  events: 'event',
  pages: 'page',
  channels: 'channel',
  venues: 'venue',
};

function fieldOf(path: (string | number)[]): string {
  return path.length === 0
    ? '(folder)'
    : path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
        .join('')
        .replace(/^\./, '');
}

/** A branch that is its own ancestor would make the tree infinite. */
function branchLoops(branches: CheckedEntry[]): ContentProblem[] {
  const parentOf = new Map(branches.map((branch) => [branch.id, branch.data.parent as string | undefined]));
  return branches.flatMap((branch) => {
    const seen = new Set([branch.id]);
    for (let parent = parentOf.get(branch.id); parent; parent = parentOf.get(parent)) {
      if (seen.has(parent)) {
        return parent === branch.id
          ? [
              {
                file: branch.source.displayPath,
                line: branch.source.lineOf(['parent']),
                field: 'parent',
                found: `a loop ${[...seen].join(' → ')} → ${parent}`,
                expected: 'a parent chain that ends at a top-level branch (one without parent)',
              },
            ]
          : [];
      }
      seen.add(parent);
    }
    return [];
  });
}
