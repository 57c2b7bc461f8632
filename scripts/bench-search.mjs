#!/usr/bin/env node
// Benchmark of the search at scale, on deterministic synthetic content: for 100, 1,000 and
// 10,000 actors, the time to build the Pagefind index, its size and file count, and the bytes a
// browser downloads for its first search. Prints a table; a measurement, not a test.
//   npm run bench:search [-- --sizes 100,1000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from './generate-content.mjs';
import { firstSearchBytes } from './first-search.mjs';

const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [100, 1000, 10000];
const work = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-bench-search-'));

function folderStats(folder) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true })) {
    const stat = statSync(join(folder, entry));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

console.log(`Search at scale on synthetic content (Node ${process.version}, Pagefind 1.6.0)\n`);
console.log(
  '| actors | indexed pages | build s | index ms | index size | index files | first query (seura), as served | with gzip |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const actors of sizes) {
  const { root } = await generateContent({ actors, out: join(work, `content-${actors}`) });
  const dist = join(work, `dist-${actors}`);
  const started = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: {
      ...process.env,
      SITE_URL: process.env.SITE_URL || 'http://localhost:4321',
      ASTRO_TELEMETRY_DISABLED: '1',
      HYVINVOINTIPUU_CONTENT: root,
      HYVINVOINTIPUU_OUT_DIR: dist,
      HYVINVOINTIPUU_CACHE_DIR: join(work, `cache-${actors}`),
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0)
    throw new Error(`build of ${actors} actors failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  const indexed = /Indexed (\d+) pages for search.* in (\d+) ms/.exec(build.stdout);
  const index = folderStats(join(dist, 'pagefind'));
  const query = await firstSearchBytes(dist, 'seura');
  console.log(
    `| ${actors.toLocaleString('en')} | ${indexed?.[1]} | ${seconds.toFixed(1)} | ${indexed?.[2]} | ${(index.bytes / 1024 / 1024).toFixed(2)} MB | ${index.files.toLocaleString('en')} | ${(query.bytes / 1024).toFixed(0)} KB in ${query.requests} requests | ${(query.gzipped / 1024).toFixed(0)} KB |`,
  );
  rmSync(join(work, `content-${actors}`), { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });
