// What a fresh browser downloads from /pagefind/ for its first search on a built site's search
// page: used by the benchmarks (`npm run bench`, `npm run bench:search`).
import { gzipSync } from 'node:zlib';
import { withBuiltSite } from './serve-static.mjs';

/** Bytes fetched from /pagefind/ (as served, and as a host that gzips text would send them). */
export async function firstSearchBytes(dist, term) {
  return withBuiltSite(dist, async (page, url) => {
    let bytes = 0;
    let gzipped = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      // Static hosts compress text files; Pagefind's index files are already compressed.
      gzipped += /\.(js|css|json)$/.test(response.url()) ? gzipSync(body).length : body.length;
      requests += 1;
    });
    await page.goto(`${url}/haku/?q=${encodeURIComponent(term)}`);
    await page.locator('.hp-result__title').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return { bytes, gzipped, requests };
  });
}

/**
 * The other way to search across regions, measured for comparison: Pagefind's `mergeIndex`
 * over every region's own index, as a national search page would load them. `root` holds the
 * regions' built sites side by side (`<root>/<alue>/`), served from one address here; the bytes
 * are those of the first search and its first ten results.
 */
export async function mergedSearchBytes(root, regions, term) {
  return withBuiltSite(root, async (page, url) => {
    let gzipped = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!/^\/[^/]+\/pagefind\//.test(new URL(response.url()).pathname)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      gzipped += /\.(js|css|json)$/.test(response.url()) ? gzipSync(body).length : body.length;
      requests += 1;
    });
    await page.goto(`${url}/${regions[0]}/haku/`);
    // Passed as text: the script runs in the page, where the regions' bundles are.
    const results = await page.evaluate(`(async () => {
      const pagefind = await import('/${regions[0]}/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true, excerptLength: 24 });
      for (const region of ${JSON.stringify(regions.slice(1))}) await pagefind.mergeIndex('/' + region + '/pagefind/');
      const response = await pagefind.search(${JSON.stringify(term)});
      await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
      return response.results.length;
    })()`);
    await page.waitForLoadState('networkidle');
    return { gzipped, requests, results };
  });
}

/**
 * What the national search page finds for each term, through Pagefind's API on the page: how
 * many results, how many in each region, and the first three with their regions.
 */
export async function nationalSearchResults(dist, terms) {
  return withBuiltSite(dist, async (page, url) => {
    await page.goto(`${url}/haku/`);
    const found = [];
    for (const term of terms) {
      found.push(
        await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          await pagefind.options({ noWorker: true, baseUrl: '/' });
          // Loads the filter index, so that the response counts the results of each region.
          await pagefind.filters();
          const response = await pagefind.search(${JSON.stringify(term)});
          const first = await Promise.all(response.results.slice(0, 3).map((result) => result.data()));
          return {
            term: ${JSON.stringify(term)},
            results: response.results.length,
            regions: Object.keys(response.filters.Maakunta ?? {}).filter((name) => response.filters.Maakunta[name] > 0).length,
            first: first.map((data) => data.meta.title + ' (' + data.meta.maakunta + ', ' + data.meta.kunta + ') ' + data.url),
          };
        })()`),
      );
    }
    return found;
  });
}
