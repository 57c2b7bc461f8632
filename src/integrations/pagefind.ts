import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/content-check/read-source';
import { addToVocabulary, extraFormsByWord } from '../lib/search/finnish-terms';
import { indexedText, withExtraForms } from '../lib/search/page-text';

export interface SearchIndexOptions {
  /** Add the Finnish extra terms (plurals of -inen words, compound parts); on by default. */
  finnishTerms?: boolean;
}

/** How many pages are sent to Pagefind at once. */
const BATCH = 64;

function failOn(errors: string[], step: string): void {
  if (errors.length)
    throw new AstroError(`Pagefind could not ${step}:\n${errors.join('\n')}`, 'The search index was not written.');
}

/** `alajarvi/index.html` → `/alajarvi/` */
function urlOf(file: string, root: string): string {
  const path = relative(root, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Builds the Pagefind index of the built site in `astro:build:done`, through Pagefind's Node API
 * (as Starlight does): every error Pagefind reports fails the build, and the index is closed in
 * all cases. Pages are added as HTML strings so that the Finnish extra terms
 * (`src/lib/search/finnish-terms.ts`) reach the index without changing the pages people read.
 */
export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const { finnishTerms = process.env.HYVINVOINTIPUU_SEARCH_TERMS !== 'off' } = options;
  return {
    name: 'hyvinvointipuu:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        // Each edition gets its own Pagefind index from its pages' <html lang>; the extra word
        // forms are Finnish, so only the Finnish edition's pages learn them. The pages are read
        // twice (once for the vocabulary, once to index them) rather than held in memory: a
        // national site has tens of thousands.
        const isFinnish = (html: string) => /<html[^>]*\slang="fi"/.test(html);
        const vocabulary = new Map<string, Set<string>>();
        const pages: string[] = [];
        for (const file of listFiles(root).filter((name) => name.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          const text = indexedText(html);
          if (text === undefined) continue;
          pages.push(file);
          if (finnishTerms && isFinnish(html)) addToVocabulary(vocabulary, text);
        }
        let added = 0;
        try {
          const { index, errors } = await pagefind.createIndex({});
          failOn(errors, 'start');
          // Pages go to the Pagefind service a batch at a time: it indexes them in parallel,
          // while one request at a time would leave it waiting on this process.
          for (let start = 0; start < pages.length; start += BATCH) {
            const batch = pages.slice(start, start + BATCH).map((file) => {
              const html = readFileSync(file, 'utf8');
              const forms =
                finnishTerms && isFinnish(html) ? extraFormsByWord(indexedText(html)!, vocabulary) : new Map<string, string[]>();
              added += forms.size;
              return { file, content: withExtraForms(html, forms) };
            });
            const responses = await Promise.all(
              batch.map(({ file, content }) => index!.addHTMLFile({ url: urlOf(file, root), content })),
            );
            responses.forEach((response, i) => failOn(response.errors, `index ${relative(root, batch[i]!.file)}`));
          }
          const written = await index!.writeFiles({ outputPath: join(root, 'pagefind') });
          failOn(written.errors, 'write the index');
        } finally {
          await pagefind.close();
        }
        const words = finnishTerms ? `, with extra Finnish forms for ${added} words` : '';
        logger.info(`Indexed ${pages.length} pages for search${words} in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
