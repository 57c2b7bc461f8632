#!/usr/bin/env node
// Downloads what the national build reads from each region's published site: its summaries
// (`/avoin-data/alue.<kieli>.json`) and its open-data files (`/avoin-data/<tiedosto>.json`):
//   node scripts/fetch-region-sites.mjs --content . --site 'https://{alue}.hyvinvointipuu.fi' --out region-sites
// A region already in `--out` (this run's own build of it) is left as it is. A region whose
// site does not answer with its summary is left out, and the national pages name it as missing.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { settingsOf, withTypeScript } from './load-ts.mjs';

/** The files of one region the national build reads, by their address on the regional site. */
async function regionFiles() {
  return withTypeScript(async (load) => {
    const settings = await settingsOf(load);
    const { files } = await load('/src/lib/urls.ts');
    const { jsonDatasets } = await load('/src/lib/exports/json-schemas.ts');
    return [
      ...settings.editions.map((lang) => files.regionSummary(lang)),
      ...jsonDatasets.map((dataset) => files.openData(`${dataset}.json`)),
    ];
  });
}

/** Downloads `paths` from `site` into `folder`; resolves with the paths that could not be fetched. */
async function download(site, paths, folder) {
  const failed = [];
  for (const path of paths) {
    try {
      const response = await fetch(new URL(path, site), { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file = join(folder, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      failed.push(`${path} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return failed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const content = arg('content', '.');
  const site = arg('site');
  const out = arg('out', 'region-sites');
  if (!site || !site.includes('{alue}') || !existsSync(join(content, 'alueet'))) {
    console.error(
      "Käyttö: node scripts/fetch-region-sites.mjs --content KANSIO --site 'https://{alue}.hyvinvointipuu.fi' [--out region-sites]",
    );
    process.exit(2);
  }
  const paths = await regionFiles();
  const regions = readdirSync(join(content, 'alueet'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const region of regions.map((entry) => entry.name).sort()) {
    if (existsSync(join(out, region))) {
      console.log(`${region}: built in this run`);
      continue;
    }
    const failed = await download(site.replaceAll('{alue}', region), paths, join(out, region));
    if (failed.length === paths.length) console.log(`${region}: nothing fetched, named as missing (${failed[0]})`);
    else console.log(failed.length ? `${region}: fetched, without ${failed.join(', ')}` : `${region}: fetched from its site`);
  }
}
