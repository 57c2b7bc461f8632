import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { settings } from '~/config/settings';
import { files, urls } from '../lib/urls';
import type { Language } from '~/i18n/languages';
import type { IndexJob, IndexResult } from './search-index-worker';

/** Pages of one edition above which the editions are indexed one at a time. */
const ONE_AT_A_TIME_OVER = 5_000;

export interface SearchIndexOptions {
  /** Add the Finnish extra terms (plurals of -inen words, compound parts); on by default. */
  finnishTerms?: boolean;
}

/** `sv/pagefind/` → `sv/pagefind`: an edition's index folder inside the output folder. */
export const searchIndexFolders = settings.editions.map((lang) => files.searchIndex(lang).slice(1, -1));

/** `sv/alajarvi/index.html` → `/sv/alajarvi/` */
function urlOf(file: string, root: string): string {
  const path = relative(root, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The edition a built page belongs to, from its address (`/sv/…` is Swedish, and so on for each edition; the rest Finnish). */
function editionOfUrl(url: string): Language {
  return settings.editions.find((lang) => lang !== 'fi' && url.startsWith(urls.home(lang))) ?? 'fi';
}

/** Runs one edition's index in a worker thread; resolves with what it indexed. */
function runWorker(workerFile: URL, job: IndexJob): Promise<Extract<IndexResult, { ok: true }>> {
  return new Promise((resolve, reject) => {
    // Node runs the worker's TypeScript itself; before 22.18 that still needs to be asked for.
    const stripTypes = process.features.typescript
      ? {}
      : { execArgv: [...process.execArgv, '--experimental-strip-types', '--disable-warning=ExperimentalWarning'] };
    const worker = new Worker(workerFile, { workerData: job, ...stripTypes });
    worker.once('message', (result: IndexResult) =>
      result.ok ? resolve(result) : reject(new AstroError(result.error, 'The search index was not written.')),
    );
    worker.once('error', reject);
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`The search index worker for ${job.lang} stopped with ${code}.`)),
    );
  });
}

/**
 * Builds a Pagefind index per edition (`/pagefind/`, `/sv/pagefind/`, …) in `astro:build:done`,
 * through Pagefind's Node API (as Starlight does): every error Pagefind reports fails the build.
 * Each edition is indexed in a worker thread with its own Pagefind service, as many at once as
 * the machine has cores, which also keeps only those editions' indexes in memory at a time.
 * Pages are added as HTML strings cut down to what Pagefind indexes (`pagefindDocument`), so
 * that the Finnish extra terms (`src/lib/search/finnish-terms.ts`) reach the index without
 * changing the pages people read. Each worker removes its edition's old index first: the output
 * folder is kept between builds (see `prune-output.ts`).
 */
export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const { finnishTerms = settings.searchWordForms } = options;
  let workerFile: URL;
  return {
    name: 'hyvinvointipuu:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        workerFile = new URL('./src/integrations/search-index-worker.ts', config.root);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!settings.searchIndexInBuild) {
          logger.info('The search index is left to scripts/search-index.mjs (HYVINVOINTIPUU_SEARCH_INDEX=separate).');
          return;
        }
        const started = performance.now();
        const root = fileURLToPath(dir);
        const pagesByEdition = new Map<Language, { file: string; url: string }[]>(settings.editions.map((lang) => [lang, []]));
        // The pages this build wrote or kept, in a stable order (not the output folder, which
        // also holds the old indexes).
        const builtFiles = [...assets.values()].flat().map((url) => fileURLToPath(url));
        for (const file of builtFiles.filter((name) => name.endsWith('.html')).sort()) {
          const url = urlOf(file, root);
          pagesByEdition.get(editionOfUrl(url))!.push({ file, url });
        }
        // The largest edition (Finnish, with the extra forms) first, so the others fill in beside it.
        const queue: IndexJob[] = settings.editions.map((lang) => ({
          lang,
          pages: pagesByEdition.get(lang)!,
          outputPath: join(root, files.searchIndex(lang)),
          finnishTerms,
        }));
        const results: Extract<IndexResult, { ok: true }>[] = [];
        // Editions are indexed side by side, as many as there are cores, unless an edition is so
        // large that two indexes at once would hold more memory than a build may (a region the
        // size of Uusimaa): then one after the other.
        const largest = Math.max(...queue.map((job) => job.pages.length));
        const parallel = largest > ONE_AT_A_TIME_OVER ? 1 : Math.max(1, Math.min(queue.length, availableParallelism()));
        await Promise.all(
          Array.from({ length: parallel }, async () => {
            for (let job = queue.shift(); job; job = queue.shift()) results.push(await runWorker(workerFile, job));
          }),
        );
        const pages = results.reduce((sum, result) => sum + result.indexed, 0);
        const forms = results.reduce((sum, result) => sum + result.extraForms, 0);
        const words = finnishTerms ? `, with extra Finnish forms for ${forms} words` : '';
        logger.info(
          `Indexed ${pages} pages for search in ${settings.editions.length} editions${words} in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
