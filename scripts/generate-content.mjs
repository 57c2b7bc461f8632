#!/usr/bin/env node
// Writes deterministic synthetic content for builds at scale (never committed):
//   npm run generate:content -- --actors 1000 [--municipalities 4] [--seed 1] --out /tmp/sisalto
// The branches and the legal pages are copied from content/, the rest is generated.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { withTypeScript } from './load-ts.mjs';

export async function generateContent({ actors, municipalities, seed = 1, out }) {
  const root = resolve(out);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('content/branches', join(root, 'branches'), { recursive: true });
  cpSync('content/pages', join(root, 'pages'), { recursive: true });
  const files = await withTypeScript(async (load) =>
    (await load('/src/lib/synthetic/content.ts')).syntheticContent({ actors, municipalities, seed }),
  );
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return { root, files: files.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { root, files } = await generateContent({
    actors: Number(arg('actors', '100')),
    municipalities: arg('municipalities') ? Number(arg('municipalities')) : undefined,
    seed: Number(arg('seed', '1')),
    out: arg('out', 'synthetic-content'),
  });
  console.log(`Wrote ${files} files to ${root}`);
}
