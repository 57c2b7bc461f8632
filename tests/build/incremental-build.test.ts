import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, projectRoot } from '../fixtures/astro-build';

const work = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-incremental-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A real `astro build` of `content` into `name`'s own output and cache folders, at one fixed
 * "now", so that two builds of the same content may differ only by what the cache did.
 */
function build(name: string): { output: string; cached: number; rendered: number } {
  const { status, output } = astroBuild({
    HYVINVOINTIPUU_NOW: '2026-12-01 12:00',
    HYVINVOINTIPUU_CONTENT: content,
    HYVINVOINTIPUU_OUT_DIR: join(work, `dist-${name}`),
    HYVINVOINTIPUU_CACHE_DIR: join(work, `cache-${name}`),
  });
  if (status !== 0) throw new Error(`astro build failed:\n${output.slice(-3000)}`);
  const lines = output.split('\n').filter((line) => line.includes('├─'));
  const cached = lines.filter((line) => /\((cached|restored)\)/.test(line)).length;
  return { output, cached, rendered: lines.length - cached };
}

/** Every file of a built site with its bytes, by path. */
function filesOf(name: string): Map<string, Buffer> {
  const root = join(work, `dist-${name}`);
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, entry);
    if (statSync(path).isFile()) files.set(relative(root, path), readFileSync(path));
  }
  return files;
}

/** The paths whose bytes differ between two builds, or that only one of them wrote. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) || !b.has(path)).sort();
}

function edit(file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('an incremental rebuild', () => {
  let first: ReturnType<typeof build>;
  beforeAll(() => {
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    first = build('incremental');
  }, 240_000);

  test('after editing one actor’s description equals a cold build of the same content, and renders few pages', () => {
    edit(
      'actors/vimpeli/spr-vimpelin-osasto.md',
      'fi: Suomen Punaisen Ristin (SPR) toimintaa Vimpelissä.',
      'fi: Suomen Punaisen Ristin (SPR) ensiapu- ja ystävätoimintaa Vimpelissä.',
    );
    const rebuild = build('incremental');
    build('cold-after-actor');
    const incremental = filesOf('incremental');
    expect(incremental.size).toBeGreaterThan(500);
    expect(differences(incremental, filesOf('cold-after-actor'))).toEqual([]);
    expect(incremental.get('vimpeli/toimijat/spr-vimpelin-osasto/index.html')!.toString()).toContain(
      'ensiapu- ja ystävätoimintaa',
    );
    // The rebuild copied most pages from the cache instead of rendering them.
    expect(first.cached).toBe(0);
    expect(rebuild.cached).toBeGreaterThan(rebuild.rendered * 2);
  }, 240_000);

  test('after renaming a branch equals a cold build of the same content', () => {
    // The branch most actors are on: their pages, the trees and the listings all name it.
    edit('branches/osallisuus-ja-yhteistyo.yaml', 'fi: Osallisuus ja yhteistyö', 'fi: Osallisuus, kumppanuus ja yhteistyö');
    build('incremental');
    build('cold-after-branch');
    const incremental = filesOf('incremental');
    expect(differences(incremental, filesOf('cold-after-branch'))).toEqual([]);
    expect(incremental.get('alajarvi/toimijat/alajarven-kaupunki/index.html')!.toString()).toContain(
      'Osallisuus, kumppanuus ja yhteistyö',
    );
  }, 240_000);

  test('after removing an actor equals a cold build: its pages and files are gone, not left from before', () => {
    const page = 'evijarvi/toimijat/evijarven-yrittajat/index.html';
    expect(existsSync(join(work, 'dist-incremental', page))).toBe(true);
    rmSync(join(content, 'actors/evijarvi/evijarven-yrittajat.md'));
    build('incremental');
    build('cold-after-removal');
    const incremental = filesOf('incremental');
    expect(differences(incremental, filesOf('cold-after-removal'))).toEqual([]);
    expect(incremental.has(page)).toBe(false);
    expect(incremental.has(`sv/${page}`)).toBe(false);
    // Nor is the page's folder left behind, empty.
    expect(existsSync(join(work, 'dist-incremental', 'evijarvi/toimijat/evijarven-yrittajat'))).toBe(false);
  }, 240_000);
});
