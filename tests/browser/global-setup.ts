import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The content folder the served site was built from. */
    contentRoot: string;
    /** The built site that is served. */
    distRoot: string;
    /** The address the site was built for (`SITE_URL`): what canonical links, feeds and posters name. */
    siteUrl: string;
  }
}

const projectRoot = new URL('../../', import.meta.url).pathname;
const SITE_URL = 'http://localhost:4321';
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const DENSE_BRANCHES = ['liikunta-ja-ulkoilu', 'kulttuuri-ja-harrastukset', 'kylat-ja-yhteisot', 'vapaaehtoistoiminta'];

/**
 * A test-only municipality with 60 actors and 8 fruits, so that the browser tests and axe see a
 * dense tree with "+N more" links, not only the small bundled ones.
 */
function writeDenseMunicipality(content: string): void {
  writeFileSync(
    join(content, 'municipalities/testikunta.yaml'),
    'name: Testikunta\ncode: "999"\nstatus: municipality\nregion: { name: Etelä-Pohjanmaa, code: "14" }\nwebsite: https://example.org/\nintro: Testikunta, jossa on paljon toimijoita.\n',
  );
  mkdirSync(join(content, 'actors/testikunta'), { recursive: true });
  mkdirSync(join(content, 'fruits/testikunta'), { recursive: true });
  for (let i = 1; i <= 60; i++) {
    const branch = DENSE_BRANCHES[i % 3 === 0 ? 0 : i % DENSE_BRANCHES.length]!;
    writeFileSync(
      join(content, `actors/testikunta/seura-${i}.md`),
      `---\nname: Testiseura ${i} ry\nkind: club\nbranches: [${branch}]\ndescription: Testiaineiston seura ${i}.\nverified: 2026-11-01\n---\n`,
    );
  }
  for (let i = 1; i <= 8; i++) {
    writeFileSync(
      join(content, `fruits/testikunta/hedelma-${i}.md`),
      `---\ntitle: Testihedelmä ${i}\nbranch: ${DENSE_BRANCHES[i % DENSE_BRANCHES.length]}\npartners: [testikunta/seura-${i}]\ndate: 2026\nkind: partnership-result\nattraction: ${i % 2 === 0}\nsummary: Testiaineiston hedelmä ${i}.\n---\n`,
    );
  }
}

/**
 * Builds the bundled content plus the test-only entries of `tests/fixtures/browser-content/`
 * and a dense test municipality with a real `astro build`, and serves the result with `astro preview` on 127.0.0.1.
 */
export default async function setup(project: TestProject) {
  assertChromium();
  const work = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-browser-'));
  cpSync(join(projectRoot, 'content'), join(work, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/browser-content'), join(work, 'content'), { recursive: true });
  rmSync(join(work, 'content/README.md'), { force: true });
  writeDenseMunicipality(join(work, 'content'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    HYVINVOINTIPUU_CONTENT: join(work, 'content'),
    HYVINVOINTIPUU_OUT_DIR: join(work, 'dist'),
    HYVINVOINTIPUU_CACHE_DIR: join(work, 'cache'),
    SITE_URL,
    // One fixed "now", so that the sample's 2027 events are upcoming and the 2017–2018 ones past.
    HYVINVOINTIPUU_NOW: '2026-11-30 12:00',
  };
  const build = spawnSync(process.execPath, [astro, 'build'], { cwd: projectRoot, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);

  const port = await freePort();
  // `--ignore-lock`: a preview the developer already runs (`npm start`) must not stop this one.
  const server = spawn(process.execPath, [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env,
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`, 30_000);
  project.provide('baseUrl', baseUrl);
  project.provide('contentRoot', join(work, 'content'));
  project.provide('distRoot', join(work, 'dist'));
  project.provide('siteUrl', SITE_URL);

  return () => {
    server.kill();
    rmSync(work, { recursive: true, force: true });
  };
}
