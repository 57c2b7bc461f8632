#!/usr/bin/env node
// Prints, as a JSON list, the regions of a national layout that a change must rebuild: for the
// publish workflow's matrix (.github/workflows/publish.yml).
//   node scripts/changed-regions.mjs BEFORE AFTER   (two commits; without them: every region)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { withTypeScript } from './load-ts.mjs';

const regions = existsSync('alueet') ? readdirSync('alueet').sort() : [];
const [before, after] = process.argv.slice(2);
// A first push, or a run started by hand, has nothing to compare with: build every region.
const unknown = !before || !after || /^0+$/.test(before);
const changed = unknown
  ? undefined
  : execFileSync('git', ['diff', '--name-only', before, after], { encoding: 'utf8' }).split('\n').filter(Boolean);
const rebuild = changed
  ? await withTypeScript(async (load) => (await load('/src/lib/regions/changed-regions.ts')).regionsToRebuild(changed, regions))
  : regions;
console.log(JSON.stringify(rebuild));
