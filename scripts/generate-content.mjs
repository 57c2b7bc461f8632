#!/usr/bin/env node
// Writes deterministic synthetic content for builds at scale (never committed):
//   npm run generate:content -- --actors 1000 [--municipalities 4] [--seed 1] --out /tmp/sisalto
//   npm run generate:content -- --national [--actors 20000] --out /tmp/suomi
// The branches, channels and legal pages are copied from content/, the rest is generated. The
// national layout writes them once to `yhteiset/` and each region's own content to
// `alueet/<alue>/`: build a region with HYVINVOINTIPUU_CONTENT=<out>/alueet/<alue> and
// HYVINVOINTIPUU_SHARED_CONTENT=<out>/yhteiset, or all of them with `npm run build:regions`.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { withTypeScript } from './load-ts.mjs';

const SHARED = ['branches', 'channels', 'pages'];

function writeFiles(root, files) {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
}

function copyShared(root) {
  for (const collection of SHARED) cpSync(join('content', collection), join(root, collection), { recursive: true });
}

/** One content folder with `actors` synthetic actors in `municipalities` municipalities. */
export async function generateContent({ actors, municipalities, seed = 1, out }) {
  const root = resolve(out);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  copyShared(root);
  const files = await withTypeScript(async (load) =>
    (await load('/src/lib/synthetic/content.ts')).syntheticContent({ actors, municipalities, seed }),
  );
  writeFiles(root, files);
  return { root, files: files.length };
}

/**
 * The national layout: `yhteiset/` and one folder per region under `alueet/`, plus `kaikki/`
 * with every region's content in one folder (`--together`), for comparing with one build of
 * the whole country. Returns the regions with their sizes.
 */
export async function generateNation({ actors = 20_000, seed = 1, out, together = false }) {
  const root = resolve(out);
  rmSync(root, { recursive: true, force: true });
  copyShared(join(root, 'yhteiset'));
  const regions = await withTypeScript(async (load) =>
    (await load('/src/lib/synthetic/nation.ts')).syntheticNation({ actors, seed }),
  );
  for (const region of regions) {
    writeFiles(join(root, 'alueet', region.id), region.files);
    if (together) writeFiles(join(root, 'kaikki'), region.files);
  }
  if (together) copyShared(join(root, 'kaikki'));
  return {
    root,
    regions: regions.map(({ files, ...region }) => ({ ...region, files: files.length })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  if (process.argv.includes('--national')) {
    const { root, regions } = await generateNation({
      actors: Number(arg('actors', '20000')),
      seed: Number(arg('seed', '1')),
      out: arg('out', 'synthetic-nation'),
      together: process.argv.includes('--together'),
    });
    console.log(`Wrote ${regions.length} regions to ${root}/alueet:`);
    for (const region of regions)
      console.log(`  ${region.id}: ${region.municipalities} municipalities, ${region.actors} actors, ${region.files} files`);
  } else {
    const { root, files } = await generateContent({
      actors: Number(arg('actors', '100')),
      municipalities: arg('municipalities') ? Number(arg('municipalities')) : undefined,
      seed: Number(arg('seed', '1')),
      out: arg('out', 'synthetic-content'),
    });
    console.log(`Wrote ${files} files to ${root}`);
  }
}
