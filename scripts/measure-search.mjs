#!/usr/bin/env node
// How often Finnish searches fail on the bundled content, with and without the extra index
// terms of src/lib/search/finnish-terms.ts. Builds the site twice, serves each build on
// 127.0.0.1 and runs the searches with Pagefind's own JavaScript API in Debian's Chromium.
//   npm run measure:search
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { withTypeScript } from './load-ts.mjs';
import { withBuiltSite } from './serve-static.mjs';

/** Searches residents type, checked by hand against the content. */
const READER_QUERIES = [
  'kuoro',
  'partiolaiset',
  'eläkeläiset',
  'yhdistyksen',
  'kylien',
  'aamiainen',
  'aamiaiset',
  'kumppanuusaamiaiset',
  'hankkeet',
  'vapaaehtoiset',
  'järjestöt',
  'yrittäjät',
  'kampanja',
  'työllisyys',
  'Kivitippu',
];

const work = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-measure-'));

function build(terms) {
  const out = join(work, `dist-${terms}`);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_URL: process.env.SITE_URL || 'http://localhost:4321',
      ASTRO_TELEMETRY_DISABLED: '1',
      HYVINVOINTIPUU_SEARCH_TERMS: terms,
      HYVINVOINTIPUU_OUT_DIR: out,
      HYVINVOINTIPUU_CACHE_DIR: join(work, `cache-${terms}`),
    },
  });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  return out;
}

async function search(dist, queries) {
  return withBuiltSite(dist, async (page, url) => {
    await page.goto(`${url}/haku/`);
    return await page.evaluate(async (queries) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const found = {};
      for (const query of queries) {
        const response = await pagefind.search(query);
        found[query] = (await Promise.all(response.results.map((result) => result.data()))).map((data) => data.url);
      }
      return found;
    }, queries);
  });
}

await withTypeScript(async (load) => {
  const { indexedText } = await load('/src/lib/search/page-text.ts');
  const { compoundPartForms, inenForms, keyOf, vocabularyOf, wordsOf } = await load('/src/lib/search/finnish-terms.ts');
  const { listFiles } = await load('/src/lib/list-files.ts');

  const off = build('off');
  const on = build('on');
  const pages = listFiles(off)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      url: `/${relative(off, file)
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1')}`,
      text: indexedText(readFileSync(file, 'utf8')),
    }))
    .filter((page) => page.text);
  const vocabulary = vocabularyOf(pages.map((page) => page.text));

  // The searches that Pagefind's stemmer alone may miss, derived from the content itself:
  // the other number of every -inen word, and the base form of every compound's last part.
  const pairs = new Map();
  const want = (kind, query, url) => pairs.set(`${kind}\u0000${query}\u0000${url}`, { kind, query, url });
  for (const page of pages) {
    for (const word of new Set(wordsOf(page.text))) {
      const forms = inenForms(word);
      if (forms.length) want('-inen plural/singular', word.endsWith('inen') ? forms[1] : forms[0], page.url);
      // The singular base form of each part ("aamiainen", "vapaaehtoinen", "toiminta").
      for (const form of compoundPartForms(word, vocabulary)) if (!form.endsWith('iset')) want('compound part', form, page.url);
    }
  }
  const queries = [...new Set([...[...pairs.values()].map((pair) => pair.query), ...READER_QUERIES.map((q) => q.toLowerCase())])];
  const before = await search(off, queries);
  const after = await search(on, queries);

  console.log(
    `Indexed pages: ${pages.length}; derived (query, page) pairs: ${pairs.size}; distinct queries: ${queries.length}\n`,
  );
  console.log('| searches | pairs | missed without extra terms | missed with extra terms |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const kind of ['-inen plural/singular', 'compound part']) {
    const list = [...pairs.values()].filter((pair) => pair.kind === kind);
    const missed = (found) => list.filter((pair) => !found[pair.query].includes(pair.url)).length;
    console.log(
      `| ${kind} | ${list.length} | ${missed(before)} (${Math.round((100 * missed(before)) / list.length)} %) | ${missed(after)} (${Math.round((100 * missed(after)) / list.length)} %) |`,
    );
  }

  // Precision: a result is unrelated when its page has no word that shares the query's key
  // (as the word itself or inside a compound) and Pagefind's stemmer alone did not find it
  // either. Consonant gradation (hanke / hankkeen) escapes this rough check: read what it lists.
  const textOf = new Map(pages.map((page) => [page.url, page.text]));
  const related = (query, url) => {
    const key = keyOf(query);
    return (
      wordsOf(textOf.get(url) ?? '').some(
        (word) => keyOf(word) === key || (key.length >= 5 && (word.includes(key) || keyOf(word).includes(key))),
      ) || before[query].includes(url)
    );
  };
  const unrelated = queries.flatMap((query) =>
    after[query].filter((url) => !related(query, url)).map((url) => `${query} → ${url}`),
  );
  console.log(
    `\nResults with extra terms that share no word with the query: ${unrelated.length}${unrelated.length ? `\n  ${unrelated.join('\n  ')}` : ''}`,
  );

  console.log('\n| reader search | results without | results with |');
  console.log('| --- | ---: | ---: |');
  for (const query of READER_QUERIES)
    console.log(`| ${query} | ${before[query.toLowerCase()].length} | ${after[query.toLowerCase()].length} |`);
});
rmSync(work, { recursive: true, force: true });
