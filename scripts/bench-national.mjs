// The national benchmark (`npm run bench -- --national [--actors 20000] [--skip-single]`):
// synthetic content for Finland's 19 regions (about 20,000 actors, regions and municipalities
// sized like the real ones), built
//   1. one region at a time, each region a site of its own (time, peak memory, files, pages and
//      the bytes of a first search on each regional site);
//   2. with two regional builds at a time;
//   3. the national site from the regions' summaries (time, memory, files, the bytes of a first
//      search on it, and the same search through Pagefind's mergeIndex over the regions' own
//      indexes, the alternative it was chosen against), with what a few searches find;
//   4. as one site of the whole country, the yardstick the regional builds are read against.
// Prints each figure as it is measured, then the tables and the targets; a measurement, not a test.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { buildRegions } from './build-regions.mjs';
import { buildNational } from './build-national.mjs';
import { firstSearchBytes, mergedSearchBytes, nationalSearchResults } from './first-search.mjs';
import { generateNation } from './generate-content.mjs';
import { measuredBuild } from './process-memory.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const actors = Number(arg('actors', '20000'));
const skipSingle = process.argv.includes('--skip-single');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-kansallinen-'));
const mb = (value) => `${value.toFixed(0)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const minutes = (seconds) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

/** One `astro build` of the whole country as a single site: time, peak memory and files. */
async function singleBuild(content) {
  const dist = join(work, 'dist-kaikki');
  const { code, seconds, peakMb, output } = await measuredBuild({
    project: resolve('.'),
    env: {
      SITE_URL: 'http://localhost:4321',
      HYVINVOINTIPUU_CONTENT: content,
      HYVINVOINTIPUU_OUT_DIR: dist,
      HYVINVOINTIPUU_CACHE_DIR: join(work, 'cache-kaikki'),
    },
  });
  if (code !== 0) throw new Error(`the single build failed:\n${output.slice(-3000)}`);
  let files = 0;
  for (const entry of readdirSync(dist, { recursive: true })) if (statSync(join(dist, entry)).isFile()) files += 1;
  return { seconds, peakMb, files, dist };
}

console.log(
  `Hyvinvointipuu, national layout: Node ${process.version}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${actors.toLocaleString('en')} actors, editions ${process.env.HYVINVOINTIPUU_EDITIONS || 'all'}\n`,
);
const nation = await generateNation({ actors, out: join(work, 'suomi'), together: !skipSingle });
const sizes = new Map(nation.regions.map((region) => [region.id, region]));

const progress = (label) => (r) =>
  console.log(
    `${label} ${r.region}: ${r.ok ? `${r.pages} pages, ${r.files} files, ${r.seconds.toFixed(1)} s, peak ${mb(r.peakMb)} (build ${mb(r.buildPeakMb)}, search index ${mb(r.indexPeakMb)})` : `FAILED\n${r.error}`}`,
  );
const common = {
  content: nation.root,
  out: join(work, 'alueet'),
  cache: join(work, 'cache-alueet'),
  site: 'http://{alue}.localhost:4321',
};
const oneAtATime = await buildRegions({ ...common, parallel: 1, onDone: progress('one at a time') });
console.log(`All regions one at a time: ${minutes(oneAtATime.seconds)}`);

const searches = new Map();
for (const r of oneAtATime.results.filter((result) => result.ok)) {
  searches.set(r.region, await firstSearchBytes(r.dist, 'seura'));
  console.log(`first search on ${r.region}: ${kb(searches.get(r.region).gzipped)} as a gzipping host sends it`);
}

const nationalDist = join(work, 'kansallinen');
const nationalBuild = await buildNational({
  content: nation.root,
  regions: join(work, 'alueet'),
  out: nationalDist,
  site: 'http://localhost:4321',
  cache: join(work, 'cache-kansallinen'),
});
if (nationalBuild.code !== 0) throw new Error(`the national build failed:\n${nationalBuild.output.slice(-3000)}`);
const nationalFiles = readdirSync(nationalDist, { recursive: true }).filter((entry) =>
  statSync(join(nationalDist, entry)).isFile(),
).length;
console.log(
  `The national site: ${nationalBuild.seconds.toFixed(1)} s, peak ${mb(nationalBuild.peakMb)}, ${nationalFiles.toLocaleString('en')} files`,
);
const nationalSearch = await firstSearchBytes(nationalDist, 'seura');
console.log(`first search on the national site: ${kb(nationalSearch.gzipped)} in ${nationalSearch.requests} requests`);
const built = oneAtATime.results.filter((result) => result.ok).map((result) => result.region);
const merged = await mergedSearchBytes(join(work, 'alueet'), built, 'seura');
console.log(
  `the same search through mergeIndex over ${built.length} regional indexes: ${kb(merged.gzipped)} in ${merged.requests} requests (${merged.results} results)`,
);
const queries = await nationalSearchResults(nationalDist, ['seura', 'kuoro', 'partio', 'kyläyhdistys', 'lions']);
for (const query of queries) {
  console.log(`national search "${query.term}": ${query.results} results in ${query.regions} regions`);
  for (const line of query.first) console.log(`  ${line}`);
}

rmSync(join(work, 'alueet'), { recursive: true, force: true });
rmSync(join(work, 'cache-alueet'), { recursive: true, force: true });
const twoAtATime = await buildRegions({ ...common, parallel: 2, onDone: progress('two at a time') });
console.log(`All regions two at a time: ${minutes(twoAtATime.seconds)}`);

const single = skipSingle ? undefined : await singleBuild(join(nation.root, 'kaikki'));
if (single)
  console.log(`The whole country as one site: ${minutes(single.seconds)}, peak ${mb(single.peakMb)}, ${single.files} files`);

console.log('\n| region | municipalities | actors | pages | files | build time | peak memory | first search (gzip) | requests |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of oneAtATime.results) {
  const size = sizes.get(r.region);
  const search = searches.get(r.region);
  console.log(
    `| ${r.region} | ${size.municipalities} | ${size.actors.toLocaleString('en')} | ${r.ok ? r.pages.toLocaleString('en') : 'failed'} | ${r.files.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${mb(r.peakMb)} | ${search ? kb(search.gzipped) : '–'} | ${search?.requests ?? '–'} |`,
  );
}
const largest = oneAtATime.results.reduce((a, b) => (b.seconds > a.seconds ? b : a));
const peak = oneAtATime.results.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
const mostFiles = oneAtATime.results.reduce((a, b) => (b.files > a.files ? b : a));
const heaviestSearch = [...searches.entries()].reduce((a, b) => (b[1].gzipped > a[1].gzipped ? b : a));
console.log('\n| measure | figure | target |');
console.log('| --- | ---: | --- |');
console.log(`| longest regional build | ${largest.region}, ${minutes(largest.seconds)} | under 5 min |`);
console.log(`| highest regional peak memory | ${peak.region}, ${mb(peak.peakMb)} | at most 2,048 MB |`);
console.log(
  `| most files in a regional site | ${mostFiles.region}, ${mostFiles.files.toLocaleString('en')} | at most 20,000, or a host without that limit |`,
);
console.log(
  `| largest first search on a regional site | ${heaviestSearch[0]}, ${kb(heaviestSearch[1].gzipped)} | at most 150 KB |`,
);
console.log(`| all regions, one at a time | ${minutes(oneAtATime.seconds)} | within the single build's time |`);
console.log(`| all regions, two at a time | ${minutes(twoAtATime.seconds)} | faster than the single build |`);
if (single)
  console.log(
    `| the whole country as one site | ${minutes(single.seconds)}, peak ${mb(single.peakMb)}, ${single.files.toLocaleString('en')} files | the yardstick |`,
  );
console.log(
  `| the national layer | ${minutes(nationalBuild.seconds)}, peak ${mb(nationalBuild.peakMb)}, ${nationalFiles.toLocaleString('en')} files | under 2 min |`,
);
console.log(`| first search on the national site (one index) | ${kb(nationalSearch.gzipped)} | at most 250 KB |`);
console.log(
  `| the same through mergeIndex over the regions' indexes | ${kb(merged.gzipped)}, ${merged.requests} requests | the alternative |`,
);
if (keep) console.log(`\nKept: ${work}`);
else rmSync(work, { recursive: true, force: true });
