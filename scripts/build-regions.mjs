#!/usr/bin/env node
// Builds the regions of a national layout, each as a site of its own with its own `astro build`,
// at most `--parallel` at a time, on one machine (in CI each region is a job of its own, see
// .github/workflows/publish.yml):
//   npm run build:regions -- --content /tmp/suomi [--regions uusimaa,kainuu] [--parallel 2]
//     [--out dist-alueet] [--site 'https://{alue}.hyvinvointipuu.fi']
// `--content` holds `yhteiset/` (branches, channels, pages) and `alueet/<alue>/` (a region's
// municipalities, actors, fruits, events): `npm run generate:content -- --national` writes one.
// Each region is written to `<out>/<alue>/` for the address `--site` gives it ({alue} is the
// region's folder name). A region whose build fails does not stop the others: the command
// reports it, lists it in `<out>/alueet.json` and exits with 1.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { withTypeScript } from './load-ts.mjs';
import { measuredBuild, measuredProcess } from './process-memory.mjs';

/** The JavaScript heap limit of each regional build, in megabytes. */
const HEAP_LIMIT_MB = 1280;

/** Files and HTML pages under `dist`. */
function countFiles(dist) {
  let files = 0;
  let pages = 0;
  if (!existsSync(dist)) return { files, pages };
  for (const entry of readdirSync(dist, { recursive: true })) {
    if (!statSync(join(dist, entry)).isFile()) continue;
    files += 1;
    if (entry.endsWith('.html')) pages += 1;
  }
  return { files, pages };
}

/**
 * A copy of the project for one build slot, sharing its `node_modules`: Astro keeps each
 * build's content store and prerendered chunks in the project's `.astro/` folder, so two builds
 * in one project folder would overwrite each other's. (In CI each job has a checkout of its own.)
 * The sources are copied, not linked: Astro's compiler keys modules by their real paths.
 */
function slotProject(project, folder) {
  for (const name of readdirSync(project)) {
    if (['.astro', '.git', 'dist', 'node_modules'].includes(name)) continue;
    cpSync(join(project, name), join(folder, name), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}

/**
 * Builds one region, then writes its search index in a process of its own, so that the region's
 * peak memory is the larger of the two steps', not their sum; resolves with what happened,
 * never rejects.
 */
async function buildRegion({ project, content, region, out, cache, site, env }) {
  const dist = join(out, region);
  const build = await measuredBuild({
    project,
    env: {
      // A heap limit makes V8 collect before it grows: a region the size of Uusimaa then peaks
      // well below what it would without one, for about a tenth more time (docs/national.md).
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_LIMIT_MB}`.trim(),
      SITE_URL: site.replaceAll('{alue}', region),
      HYVINVOINTIPUU_CONTENT: join(content, 'alueet', region),
      HYVINVOINTIPUU_SHARED_CONTENT: join(content, 'yhteiset'),
      HYVINVOINTIPUU_OUT_DIR: dist,
      HYVINVOINTIPUU_CACHE_DIR: join(cache, region),
      HYVINVOINTIPUU_SEARCH_INDEX: 'separate',
      ...env,
    },
  });
  const index =
    build.code === 0
      ? await measuredProcess([join(project, 'scripts/search-index.mjs'), '--dist', dist], { cwd: project, env })
      : { code: 0, seconds: 0, peakMb: 0, output: '' };
  const ok = build.code === 0 && index.code === 0;
  const result = {
    region,
    ok,
    seconds: build.seconds + index.seconds,
    peakMb: Math.max(build.peakMb, index.peakMb),
    buildPeakMb: build.peakMb,
    indexPeakMb: index.peakMb,
    dist,
    ...countFiles(dist),
  };
  return ok ? result : { ...result, error: `${build.output}${index.output}`.slice(-3000) };
}

/**
 * The problems of the layout that no region's own build sees (a municipality in two regions'
 * folders, one of another region among a folder's municipalities, two folders of one region),
 * read from the municipalities' files only.
 */
export async function checkLayout(content) {
  const files = [];
  for (const region of readdirSync(join(content, 'alueet')).sort()) {
    const folder = join(content, 'alueet', region, 'municipalities');
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)
      .filter((file) => /\.ya?ml$/.test(file))
      .sort()) {
      const text = readFileSync(join(folder, name), 'utf8');
      let regionCode;
      try {
        regionCode = parse(text)?.region?.code;
      } catch {
        // The region's own content check names a file it cannot read.
      }
      const line = text.split('\n').findIndex((row) => row.startsWith('region:')) + 1 || 1;
      files.push({
        region,
        id: name.replace(/\.ya?ml$/, ''),
        regionCode: regionCode === undefined ? undefined : String(regionCode),
        file: `alueet/${region}/municipalities/${name}`,
        line,
      });
    }
  }
  // Messages in the staff's language, as the content check writes them.
  const language = ['fi', 'sv', 'en'].includes(process.env.HYVINVOINTIPUU_MESSAGES) ? process.env.HYVINVOINTIPUU_MESSAGES : 'fi';
  return withTypeScript(async (load) => {
    const { layoutProblems } = await load('/src/lib/regions/layout-check.ts');
    const { formatProblem } = await load('/src/lib/friendly-errors.ts');
    return layoutProblems(files, language).map((problem) => ({ file: problem.file, text: formatProblem(problem, language) }));
  });
}

/**
 * Builds `regions` of the national layout in `content`, `parallel` at a time; returns each
 * region's result (time, peak memory, files, pages; the end of its output when it failed) and
 * the wall time of the whole run.
 */
export async function buildRegions({ content, regions, parallel = 2, out, cache, site, env = {}, onDone = () => {} }) {
  const project = resolve('.');
  const root = resolve(content);
  const names = regions ?? readdirSync(join(root, 'alueet')).sort();
  const problems = await checkLayout(root);
  const results = names
    .map((region) => ({ region, lines: problems.filter((problem) => problem.file.startsWith(`alueet/${region}/`)) }))
    .filter(({ lines }) => lines.length > 0)
    .map(({ region, lines }) => ({
      region,
      ok: false,
      seconds: 0,
      peakMb: 0,
      files: 0,
      pages: 0,
      error: lines.map((problem) => problem.text).join('\n'),
    }));
  for (const result of results) onDone(result);
  const queue = names.filter((region) => !results.some((result) => result.region === region));
  const started = performance.now();
  const worker = async (slot) => {
    const slotRoot =
      parallel > 1 ? slotProject(project, mkdtempSync(join(tmpdir(), `hyvinvointipuu-paikka-${slot + 1}-`))) : project;
    for (let region = queue.shift(); region; region = queue.shift()) {
      const result = await buildRegion({
        project: slotRoot,
        content: root,
        region,
        out: resolve(out),
        cache: resolve(cache),
        site,
        env,
      });
      results.push(result);
      onDone(result);
    }
    if (slotRoot !== project) rmSync(slotRoot, { recursive: true, force: true });
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, (_, slot) => worker(slot)));
  const order = new Map(names.map((name, i) => [name, i]));
  results.sort((a, b) => order.get(a.region) - order.get(b.region));
  return { results, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const content = arg('content');
  if (!content || !existsSync(join(content, 'alueet'))) {
    console.error(
      'Käyttö: npm run build:regions -- --content KANSIO [--regions a,b] [--parallel 2] [--out dist-alueet] [--site "https://{alue}.hyvinvointipuu.fi"]\n' +
        'KANSIO sisältää yhteiset/ ja alueet/<alue>/ (npm run generate:content -- --national --out KANSIO kirjoittaa sellaisen).',
    );
    process.exit(2);
  }
  const out = arg('out', 'dist-alueet');
  mkdirSync(out, { recursive: true });
  const { results, seconds } = await buildRegions({
    content,
    regions: arg('regions')?.split(','),
    parallel: Number(arg('parallel', '2')),
    out,
    cache: arg('cache', join('node_modules', '.astro-alueet')),
    site: arg('site', 'http://{alue}.localhost:4321'),
    onDone: (r) =>
      console.log(
        r.ok
          ? `${r.region}: ${r.pages} pages, ${r.files} files in ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB (build ${r.buildPeakMb.toFixed(0)} MB, search index ${r.indexPeakMb.toFixed(0)} MB)`
          : `${r.region}: FAILED after ${r.seconds.toFixed(1)} s\n${r.error}`,
      ),
  });
  const failed = results.filter((r) => !r.ok);
  // A run of some regions (`--regions`) keeps what the report says of the others, so that a
  // region that failed earlier is still named as failed and its old folder is not published.
  const report = join(out, 'alueet.json');
  const earlier = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')).regions ?? []) : [];
  const now = results.map(({ error, dist, ...r }) => ({ ...r, ...(error ? { error: error.slice(-500) } : {}) }));
  const regions = [...earlier.filter((e) => !now.some((r) => r.region === e.region)), ...now].sort((a, b) =>
    a.region.localeCompare(b.region),
  );
  writeFileSync(report, `${JSON.stringify({ built: new Date().toISOString(), regions }, null, 1)}\n`);
  console.log(
    `${results.length - failed.length} of ${results.length} regions built in ${seconds.toFixed(1)} s${failed.length ? `; failed: ${failed.map((r) => r.region).join(', ')}` : ''}.`,
  );
  process.exit(failed.length ? 1 : 0);
}
