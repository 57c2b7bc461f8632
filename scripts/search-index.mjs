#!/usr/bin/env node
// Writes the search index of a site already built with HYVINVOINTIPUU_SEARCH_INDEX=separate,
// two editions at a time, in a process of its own:
//   node scripts/search-index.mjs --dist dist-alueet/uusimaa
// The index is the same one `astro build` writes (`src/integrations/pagefind.ts`, through the
// same worker); written afterwards, its memory is not added to the build's. `build:regions`
// indexes every region this way.
import { readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { settingsOf, withTypeScript } from './load-ts.mjs';

/** Editions indexed at once, each in a worker with its own Pagefind process. */
const PARALLEL = 2;

const WORKER = new URL('../src/integrations/search-index-worker.ts', import.meta.url);

/** Every HTML page of `dist` with its address, in a stable order. */
function builtPages(dist) {
  return readdirSync(dist, { recursive: true })
    .filter((entry) => entry.endsWith('.html'))
    .sort()
    .map((entry) => ({
      file: join(dist, entry),
      url: `/${entry.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
    }));
}

function runWorker(job) {
  // Node runs the worker's TypeScript itself; before 22.18 that still needs to be asked for.
  const stripTypes = process.features.typescript
    ? {}
    : { execArgv: [...process.execArgv, '--experimental-strip-types', '--disable-warning=ExperimentalWarning'] };
  return new Promise((done, fail) => {
    const worker = new Worker(WORKER, { workerData: job, ...stripTypes });
    worker.once('message', (result) => (result.ok ? done(result) : fail(new Error(result.error))));
    worker.once('error', fail);
    worker.once('exit', (code) => code !== 0 && fail(new Error(`The search index worker for ${job.lang} stopped with ${code}.`)));
  });
}

/** Indexes each edition of the built site in `dist`; resolves with the pages indexed. */
export async function indexBuiltSite(dist) {
  const { settings, files } = await withTypeScript(async (load) => ({
    settings: await settingsOf(load),
    files: (await load('/src/lib/urls.ts')).files,
  }));
  const pages = builtPages(resolve(dist));
  const editionOf = (url) => settings.editions.find((lang) => lang !== 'fi' && url.startsWith(`/${lang}/`)) ?? 'fi';
  // Two editions at a time, as the build does below its size limit: this process holds nothing
  // else, so even a region the size of Uusimaa stays below the memory its build needed.
  const queue = settings.editions.map((lang) => ({
    lang,
    pages: pages.filter((page) => editionOf(page.url) === lang),
    outputPath: join(resolve(dist), files.searchIndex(lang)),
    finnishTerms: settings.searchWordForms,
  }));
  let indexed = 0;
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const result = await runWorker(job);
        indexed += result.indexed;
      }
    }),
  );
  return indexed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--dist');
  if (i < 0) {
    console.error('Käyttö: node scripts/search-index.mjs --dist KANSIO');
    process.exit(2);
  }
  const started = performance.now();
  const indexed = await indexBuiltSite(process.argv[i + 1]);
  console.log(`Indexed ${indexed} pages for search in ${Math.round(performance.now() - started)} ms.`);
}
