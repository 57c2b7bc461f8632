// Builds one edition's Pagefind index in a worker thread of its own. Each worker starts its own
// Pagefind service, a single-threaded process, so that two editions are indexed at once on two
// cores. Node runs this file as it is (type stripping): it imports with `.ts` extensions and
// only from modules that import nothing themselves.
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

async function buildIndex({ lang, pages, outputPath, finnishTerms }: IndexJob): Promise<IndexResult> {
  const withForms = finnishTerms && lang === 'fi';
  // The pages are read twice (once for the vocabulary, once to index them) rather than held in
  // memory: a national site has tens of thousands.
  const vocabulary = new Map<string, Set<string>>();
  const indexed: typeof pages = [];
  for (const page of pages) {
    const text = indexedText(readFileSync(page.file, 'utf8'));
    if (text === undefined) continue;
    indexed.push(page);
    if (withForms) addToVocabulary(vocabulary, text);
  }
  let extraForms = 0;
  // Pagefind names its files by their content and does not remove files it no longer needs.
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    failOn(errors, 'start');
    for (let start = 0; start < indexed.length; start += BATCH) {
      const batch = indexed.slice(start, start + BATCH).map(({ file, url }) => {
        const html = readFileSync(file, 'utf8');
        const forms = withForms ? extraFormsByWord(indexedText(html)!, vocabulary) : new Map<string, string[]>();
        extraForms += forms.size;
        const terms = [...new Set([...forms.values()].flat())].sort();
        return { url, content: withExtraForms(pagefindDocument(html)!, terms) };
      });
      const responses = await Promise.all(batch.map((page) => index!.addHTMLFile(page)));
      responses.forEach((response, i) => failOn(response.errors, `index ${batch[i]!.url}`));
    }
    const written = await index!.writeFiles({ outputPath });
    failOn(written.errors, 'write the index');
  } finally {
    await pagefind.close();
  }
  return { ok: true, indexed: indexed.length, extraForms };
}

if (parentPort) {
  buildIndex(workerData as IndexJob).then(
    (result) => parentPort!.postMessage(result),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) } satisfies IndexResult),
  );
}
