#!/usr/bin/env node
// Builds the national site from the regions' built sites (`npm run build:regions` writes them):
//   npm run build:national -- --content /tmp/suomi --regions dist-alueet [--out dist-kansallinen]
//     [--site https://hyvinvointipuu.fi]
// `--content` is the national layout (its `alueet/` folders are the regions expected, named by
// their municipality files); `--regions` holds `<alue>/avoin-data/alue.<kieli>.json` and the
// regions' open-data files, and `alueet.json` when `build:regions` wrote it. A region without a
// summary, or one reported as failed, is named as missing on the national pages.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { measuredBuild } from './process-memory.mjs';

/** One `astro build` of the national site; resolves with its time, peak memory and output. */
export function buildNational({ content, regions, out, site, cache = join('node_modules', '.astro-kansallinen'), env = {} }) {
  // The national site is small and written whole each time: nothing of an earlier one stays. So
  // the output folder must not be, or hold, the project, the content or the regions' sites.
  const inside = (folder, parent) => folder === parent || folder.startsWith(`${parent}${sep}`);
  const target = resolve(out);
  for (const kept of [resolve('.'), resolve(content), resolve(regions)]) {
    if (inside(kept, target))
      throw new Error(`--out ${out} would delete ${kept}: choose a folder of its own, e.g. dist-kansallinen.`);
  }
  rmSync(target, { recursive: true, force: true });
  return measuredBuild({
    project: resolve('.'),
    args: ['--config', 'src/national/astro.config.mjs'],
    env: {
      SITE_URL: site,
      HYVINVOINTIPUU_CONTENT: resolve(content),
      HYVINVOINTIPUU_REGION_SITES: resolve(regions),
      HYVINVOINTIPUU_OUT_DIR: resolve(out),
      HYVINVOINTIPUU_CACHE_DIR: resolve(cache),
      ...env,
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const content = arg('content');
  const regions = arg('regions', 'dist-alueet');
  if (!content || !existsSync(join(content, 'alueet')) || !existsSync(regions)) {
    console.error(
      'Käyttö: npm run build:national -- --content KANSIO --regions dist-alueet [--out dist-kansallinen] [--site https://hyvinvointipuu.fi]\n' +
        'KANSIO sisältää alueet/<alue>/; dist-alueet on npm run build:regions -komennon tulos.',
    );
    process.exit(2);
  }
  const out = arg('out', 'dist-kansallinen');
  const result = await buildNational({ content, regions, out, site: arg('site', 'http://localhost:4321') });
  if (result.code !== 0) {
    console.error(result.output.slice(-4000));
    process.exit(1);
  }
  console.log(`The national site was built into ${out} in ${result.seconds.toFixed(1)} s, peak ${result.peakMb.toFixed(0)} MB.`);
}
