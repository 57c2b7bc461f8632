import { collectionNames, type CollectionName } from '~/schemas/collections';
import { checkTexts } from '~/i18n/checks';
import { municipalityOfId } from '../entry-id';
import { fieldName, type ContentProblem, type MessageLanguage } from '../friendly-errors';
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
  language: MessageLanguage = 'fi',
): ContentProblem[] {
  const texts = checkTexts[language].content;
  const fieldOf = (path: (string | number)[]) => (path.length === 0 ? texts.fields.folder : fieldName(path));
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
        field: texts.fields.fileName,
        found: texts.duplicateId({ id: other.id, other: first!.source.displayPath }),
        expected: texts.duplicateIdExpected,
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
      const entry = texts.existingEntry[target];
      problem(
        path,
        JSON.stringify(value),
        guess
          ? texts.existingIdLike({ entry, guess })
          : ids[target].size > 0 && ids[target].size <= LISTED_CHOICES
            ? texts.existingIdOf({ entry, list: [...ids[target]].sort().join(', ') })
            : texts.existingIdIn({ entry, collection: target }),
      );
    };

    if (
      entry.collection === 'actors' ||
      entry.collection === 'fruits' ||
      entry.collection === 'events' ||
      entry.collection === 'venues'
    ) {
      const folder = municipalityOfId(entry.id);
      if (!entry.id.includes('/')) {
        problem(
          [],
          texts.directlyInCollection({ collection: entry.collection }),
          texts.inMunicipalityFolder({ collection: entry.collection }),
        );
      } else if (!ids.municipalities.has(folder)) {
        const guess = closest(folder, ids.municipalities);
        problem(
          [],
          texts.unknownFolder({ folder }),
          guess
            ? texts.municipalityFolderLike({ guess })
            : texts.municipalityFolderOf({ list: [...ids.municipalities].join(', ') }),
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

  problems.push(
    ...branchLoops(
      entries.filter((entry) => entry.collection === 'branches'),
      language,
    ),
  );
  return problems;
}

/** A list field as written; anything else (a schema problem of its own) as no items. */
function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Pages the footer of every page links to; the catalogue names what each is for. */
export const REQUIRED_PAGES = ['saavutettavuusseloste', 'tietosuojaseloste'] as const;

/** A branch that is its own ancestor would make the tree infinite. */
function branchLoops(branches: CheckedEntry[], language: MessageLanguage): ContentProblem[] {
  const texts = checkTexts[language].content;
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
                found: texts.branchLoop({ chain: `${[...seen].join(' → ')} → ${parent}` }),
                expected: texts.branchLoopExpected,
              },
            ]
          : [];
      }
      seen.add(parent);
    }
    return [];
  });
}
