#!/usr/bin/env node
// The national-scale benchmark: for 100 to 20,000 synthetic actors, a cold build (search index
// included), a warm rebuild after editing one actor, the search index, and a bare Astro site
// that renders the same number of plain Markdown pages, built in the same run as the yardstick.
// Prints tables of figures and the targets they are read against; a measurement, not a test.
//   npm run bench [-- --sizes 100,1000 --keep]
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstSearchBytes } from './first-search.mjs';
import { measuredBuild } from './process-memory.mjs';

// `--national`: the regions built as sites of their own (scripts/bench-national.mjs).
if (process.argv.includes('--national')) {
  await import('./bench-national.mjs');
  process.exit(0);
}
import { generateContent } from './generate-content.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '100,1000,10000,20000').split(',').map(Number);
const keep = process.argv.includes('--keep');
const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-bench-'));

/** Runs `astro build` in `cwd` with `env`; wall time, peak memory of the process tree and its output. */
async function build(cwd, env) {
  const result = await measuredBuild({
    project,
    cwd,
    env: { SITE_URL: process.env.SITE_URL || 'http://localhost:4321', ...env },
  });
  if (result.code !== 0) throw new Error(`astro build in ${cwd} failed:\n${result.output.slice(-4000)}`);
  return result;
}

/** Files of a built site: count, bytes, HTML pages and the largest one. */
function siteStats(dist) {
  const stats = { files: 0, bytes: 0, pages: 0, largest: { path: '', bytes: 0 }, searchFiles: 0 };
  for (const entry of readdirSync(dist, { recursive: true })) {
    const path = join(dist, entry);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    stats.files += 1;
    stats.bytes += stat.size;
    if (/(^|\/)pagefind\//.test(entry)) stats.searchFiles += 1;
    if (entry.endsWith('.html')) {
      stats.pages += 1;
      if (stat.size > stats.largest.bytes) stats.largest = { path: `/${relative(dist, path)}`, bytes: stat.size };
    }
  }
  return stats;
}

/** A bare Astro site, on the same Astro as ours: one content collection of `pages` plain Markdown files and a minimal layout. */
function writeBaseline(root, pages) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  mkdirSync(join(root, 'sivut'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.cache' });\n",
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { sivut: defineCollection({ loader: glob({ pattern: '*.md', base: './sivut' }) }) };\n",
  );
  writeFileSync(
    join(root, 'src/pages/[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n" +
      "export async function getStaticPaths() {\n  return (await getCollection('sivut')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n" +
      'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n' +
      '<html lang="fi"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n',
  );
  const sentence = 'Yhdistys järjestää kylällä talkoita, kerhoja ja juhlia kaikenikäisille asukkaille. ';
  for (let i = 0; i < pages; i++) {
    writeFileSync(join(root, 'sivut', `sivu-${i + 1}.md`), `---\ntitle: Sivu ${i + 1}\n---\n\n${sentence.repeat(3 + (i % 4))}\n`);
  }
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const indexSeconds = (output) => Number(/Indexed \d+ pages for search.* in (\d+) ms/.exec(output)?.[1] ?? 0) / 1000;

console.log(
  `Hyvinvointipuu at national scale: Node ${process.version}, ${cpus().length} cores, ${mb(totalmem())} memory, editions ${process.env.HYVINVOINTIPUU_EDITIONS || 'all'}\n`,
);
const rows = [];
for (const actors of sizes) {
  const content = join(work, `content-${actors}`);
  await generateContent({ actors, out: content });
  const ours = {
    HYVINVOINTIPUU_CONTENT: content,
    HYVINVOINTIPUU_OUT_DIR: join(work, `dist-${actors}`),
    HYVINVOINTIPUU_CACHE_DIR: join(work, `cache-${actors}`),
  };
  const cold = await build(project, ours);
  const site = siteStats(ours.HYVINVOINTIPUU_OUT_DIR);

  // A warm rebuild: the same cache and output folders, one actor's description changed.
  const edited = join(content, 'actors', 'kunta-1', 'toimija-1.md');
  appendFileSync(edited, '\nLisäys: toimija päivitti esittelynsä.\n');
  const warm = await build(project, ours);

  const largestMunicipality = readdirSync(ours.HYVINVOINTIPUU_OUT_DIR)
    .filter((name) => name.startsWith('kunta-'))
    .map((name) => readFileSync(join(ours.HYVINVOINTIPUU_OUT_DIR, name, 'index.html')))
    .reduce((largest, html) => (html.length > largest.length ? html : largest), Buffer.alloc(0));
  const search = await firstSearchBytes(ours.HYVINVOINTIPUU_OUT_DIR, 'seura');

  const baselineRoot = join(work, `baseline-${actors}`);
  writeBaseline(baselineRoot, site.pages);
  const baseline = await build(baselineRoot, {});
  const baselineSite = siteStats(join(baselineRoot, 'dist'));

  const row = { actors, cold, warm, site, baseline, baselineSite, largestMunicipality, search, index: indexSeconds(cold.output) };
  rows.push(row);
  console.log(
    `${actors} actors: ${site.pages} pages, cold ${cold.seconds.toFixed(1)} s (index ${row.index.toFixed(1)} s), warm ${warm.seconds.toFixed(1)} s, ` +
      `bare Astro ${baseline.seconds.toFixed(1)} s for ${baselineSite.pages} pages`,
  );
  if (!keep)
    for (const folder of [content, ours.HYVINVOINTIPUU_OUT_DIR, ours.HYVINVOINTIPUU_CACHE_DIR, baselineRoot])
      rmSync(folder, { recursive: true, force: true });
}

console.log(
  '\n| actors | HTML pages | cold build s (of which index) | warm rebuild s | warm / cold | peak memory | ms per page | bare Astro s | bare Astro memory | time ratio (without index) | memory ratio |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.actors.toLocaleString('en')} | ${r.site.pages.toLocaleString('en')} | ${r.cold.seconds.toFixed(1)} (${r.index.toFixed(1)}) | ${r.warm.seconds.toFixed(1)} | ${(r.warm.seconds / r.cold.seconds).toFixed(2)} | ${r.cold.peakMb.toFixed(0)} MB | ${((r.cold.seconds * 1000) / r.site.pages).toFixed(2)} | ${r.baseline.seconds.toFixed(1)} | ${r.baseline.peakMb.toFixed(0)} MB | ${(r.cold.seconds / r.baseline.seconds).toFixed(2)} (${((r.cold.seconds - r.index) / r.baseline.seconds).toFixed(2)}) | ${(r.cold.peakMb / r.baseline.peakMb).toFixed(2)} |`,
  );
}
console.log(
  '\n| actors | output size | files | search files | largest page | largest municipality page, gzip | first search, as served (gzip) | requests |',
);
console.log('| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.actors.toLocaleString('en')} | ${mb(r.site.bytes)} | ${r.site.files.toLocaleString('en')} | ${r.site.searchFiles.toLocaleString('en')} | ${r.site.largest.path} ${kb(r.site.largest.bytes)} | ${kb(gzipSync(r.largestMunicipality).length)} (${kb(r.largestMunicipality.length)} raw) | ${kb(r.search.bytes)} (${kb(r.search.gzipped)}) | ${r.search.requests} |`,
  );
}
console.log(
  '\nTargets: 20,000 actors cold build with index at most 2,048 MB peak; time ratio at most 1.5; warm / cold at most 0.5; ms per page flat; largest page at most 200 KB; a 300-actor municipality page at most 60 KB gzipped; first search at most 150 KB.',
);
if (keep) console.log(`Kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
