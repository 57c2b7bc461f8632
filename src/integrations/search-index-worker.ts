// Builds one edition's Pagefind index in a worker thread of its own. Each worker starts its own
// Pagefind service, a single-threaded process, so that two editions are indexed at once on two
// cores. Node runs this file as it is (type stripping): it imports with `.ts` extensions and
// only from modules that import nothing but packages.
import { readFileSync, rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { addToVocabulary, extraFormsByWord } from '../lib/search/finnish-terms.ts';
import { indexedText, pagefindDocument, withExtraForms } from '../lib/search/page-text.ts';

/** What the integration asks of a worker. */
export interface IndexJob {
  /** The edition's language; Finnish pages get the extra word forms. */
  lang: string;
  /** The edition's built pages: file path and address. */
  pages: { file: string; url: string }[];
  /** The edition's index folder, e.g. `dist/sv/pagefind`; what an earlier build left there is removed. */
  outputPath: string;
  finnishTerms: boolean;
}

/** What a worker reports back. */
export type IndexResult = { ok: true; indexed: number; extraForms: number } | { ok: false; error: string };

/** How many pages are sent to Pagefind at once: it indexes them while this thread reads more. */
const BATCH = 64;

function failOn(errors: string[], step: string): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** The words of an edition's indexed pages, read a page at a time. */
function vocabularyOfPages(pages: IndexJob['pages']): Map<string, Set<string>> {
  const vocabulary = new Map<string, Set<string>>();
  for (const page of pages) {
    const text = indexedText(readFileSync(page.file, 'utf8'));
    if (text !== undefined) addToVocabulary(vocabulary, text);
  }
  return vocabulary;
}

async function buildIndex({ lang, pages, outputPath, finnishTerms }: IndexJob): Promise<IndexResult> {
  const withForms = finnishTerms && lang === 'fi';
  // With the extra forms the pages are read twice (once for the vocabulary, once to index them)
  // rather than held in memory: a national site has tens of thousands. Without them, once.
  const vocabulary = withForms ? vocabularyOfPages(pages) : new Map<string, Set<string>>();
  let indexed = 0;
  let extraForms = 0;
  // Pagefind names its files by their content and does not remove files it no longer needs.
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    failOn(errors, 'start');
    for (let start = 0; start < pages.length; start += BATCH) {
      const batch = pages.slice(start, start + BATCH).flatMap(({ file, url }) => {
        const document = pagefindDocument(readFileSync(file, 'utf8'));
        if (document === undefined) return [];
        // The cut-down page has the words of the whole page's indexed text and is much shorter to parse.
        const forms = withForms ? extraFormsByWord(indexedText(document)!, vocabulary) : new Map<string, string[]>();
        extraForms += forms.size;
        const terms = [...new Set([...forms.values()].flat())].sort();
        return [{ url, content: withExtraForms(document, terms) }];
      });
      indexed += batch.length;
      const responses = await Promise.all(batch.map((page) => index!.addHTMLFile(page)));
      responses.forEach((response, i) => failOn(response.errors, `index ${batch[i]!.url}`));
    }
    const written = await index!.writeFiles({ outputPath });
    failOn(written.errors, 'write the index');
  } finally {
    await pagefind.close();
  }
  return { ok: true, indexed, extraForms };
}

if (parentPort) {
  buildIndex(workerData as IndexJob).then(
    (result) => parentPort!.postMessage(result),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) } satisfies IndexResult),
  );
}
