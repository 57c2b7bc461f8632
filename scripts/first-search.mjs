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
