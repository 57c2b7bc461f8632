import { existsSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { collectionNames, collectionSpecs, type CollectionName } from '~/schemas/collections';
import { entryIdFromPath } from '../entry-id';
import { checkTexts } from '~/i18n/checks';
import { fieldName, type ContentProblem, type MessageLanguage } from '../friendly-errors';
import { checkBody } from './body-check';
import { checkIntegrity, REQUIRED_PAGES, type CheckedEntry, type InvalidEntry } from './integrity';
import { collectionFolder, oneRoot, type ContentRoots } from '../content-roots';
import { listFiles } from '../list-files';
import { readSource } from './read-source';
import { validateSource } from './validate';

export interface ContentReport {
  /** Mistakes that must fail the build. */
  problems: ContentProblem[];
  /** Things worth a look that do not stop the build. */
  warnings: ContentProblem[];
  /** The entries that passed their schema. */
  entries: CheckedEntry[];
  /** How many files were read. */
  fileCount: number;
}

/**
 * Checks all content under `root` (or the region's and the shared folders) with the same schemas as the build and reports every problem
 * at once, each with its file and line, in `language` (Finnish unless the caller passes the
 * setting `HYVINVOINTIPUU_MESSAGES` names).
 * The build runs it before Astro loads the collections; `npm run check` runs it alone.
 */
export function checkContent(
  /** The content folder, or a region's folder and the shared one of a national layout. */
  root: string | ContentRoots,
  displayRoot: string = process.cwd(),
  /** The site's `public/` folder, where images referred to by content must exist. */
  publicDir: string = join(displayRoot, 'public'),
  language: MessageLanguage = 'fi',
): ContentReport {
  const roots = typeof root === 'string' ? oneRoot(root) : root;
  const texts = checkTexts[language].content;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];
  const byId = new Map<string, CheckedEntry[]>();
  const invalid: InvalidEntry[] = [];
  let fileCount = 0;

  for (const collection of collectionNames) {
    const spec = collectionSpecs[collection];
    const folder = collectionFolder(roots, collection);
    for (const path of listFiles(folder)) {
      if (/(^|[/\\])\.[^/\\]*$/.test(path) || /\.(gitkeep|DS_Store)$/.test(path)) continue;
      fileCount++;
      const source = readSource(path, folder, displayRoot, language);
      if (!(spec.extensions as readonly string[]).includes(extname(path))) {
        problems.push(wrongExtension(collection, source.displayPath, extname(path), language));
        continue;
      }
      problems.push(...source.problems);
      if (!source.readable) continue;
      const body = checkBody(source, language);
      problems.push(...body.problems);
      warnings.push(...body.warnings);
      const result = validateSource(source, spec.schema, language);
      problems.push(...result.problems);
      // A file with repaired YAML mistakes is checked like an invalid one: its broken fields are told.
      if (!result.data || source.brokenFields.length) {
        const raw = source.data && typeof source.data === 'object' ? (source.data as Record<string, unknown>) : {};
        const reportedFields = new Set([
          ...result.problems.map((problem) => problem.field),
          ...source.brokenFields.map(fieldName),
        ]);
        invalid.push({ collection, id: entryIdFromPath(source.relativePath), data: raw, source, reportedFields });
        continue;
      }
      const entry: CheckedEntry = {
        collection,
        id: entryIdFromPath(source.relativePath),
        data: result.data as Record<string, unknown>,
        source,
      };
      entries.push(entry);
      const key = `${collection}:${entry.id}`;
      const sameId = byId.get(key);
      if (sameId) sameId.push(entry);
      else byId.set(key, [entry]);
    }
  }

  const duplicates = [...byId.values()].filter((group) => group.length > 1);
  problems.push(...checkIntegrity(entries, duplicates, invalid, language));
  for (const entry of entries) {
    const image = entry.data.image as { src: string } | undefined;
    if (image && !existsSync(join(publicDir, image.src))) {
      problems.push({
        file: entry.source.displayPath,
        line: entry.source.lineOf(['image', 'src']),
        field: 'image.src',
        found: texts.missingImage({ src: image.src, folder: image.src.slice(0, image.src.lastIndexOf('/') + 1) }),
        expected: texts.missingImageExpected,
      });
    }
  }
  for (const id of REQUIRED_PAGES) {
    if (![...entries, ...invalid].some((entry) => entry.collection === 'pages' && entry.id === id)) {
      const file = relative(displayRoot, join(collectionFolder(roots, 'pages'), `${id}.md`))
        .split('\\')
        .join('/');
      problems.push({
        file,
        line: 1,
        field: texts.fields.file,
        found: texts.noSuchFile,
        expected: texts.requiredPage({ page: texts.requiredPages[id] }),
      });
    }
  }
  const byPlace = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || a.line - b.line;
  return { problems: problems.sort(byPlace), warnings: warnings.sort(byPlace), entries, fileCount };
}

function wrongExtension(collection: CollectionName, file: string, extension: string, language: MessageLanguage): ContentProblem {
  const texts = checkTexts[language].content;
  const allowed = collectionSpecs[collection].extensions.join(texts.or);
  return {
    file,
    line: 1,
    field: texts.fields.fileName,
    found: texts.extension({ extension: extension || texts.noExtension }),
    expected: extension === '.mdx' ? texts.extensionExpectedNoMdx({ allowed }) : texts.extensionExpected({ allowed }),
  };
}
