import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../fixtures/astro-build';
import { fixturesDir } from '../fixtures/content-root';

const work = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-alueet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A national layout of two regions: `etela-pohjanmaa` is the valid base content, `kainuu` has
 * an actor whose email is wrong; the branches, channels and pages are shared.
 */
function nationalLayout(): string {
  const base = join(fixturesDir, 'content-base');
  for (const shared of ['branches', 'channels', 'pages'])
    cpSync(join(base, shared), join(work, 'yhteiset', shared), { recursive: true });
  for (const own of ['municipalities', 'actors', 'fruits', 'events'])
    cpSync(join(base, own), join(work, 'alueet', 'etela-pohjanmaa', own), { recursive: true });
  const kainuu = join(work, 'alueet', 'kainuu');
  mkdirSync(join(kainuu, 'municipalities'), { recursive: true });
  mkdirSync(join(kainuu, 'actors', 'testikunta'), { recursive: true });
  writeFileSync(
    join(kainuu, 'municipalities', 'testikunta.yaml'),
    'name: Testikunta\ncode: "999"\nstatus: municipality\nregion: { name: Kainuu, code: "18" }\nwebsite: https://example.org/testikunta/\nintro: Testikunta.\n',
  );
  writeFileSync(
    join(kainuu, 'actors', 'testikunta', 'seura.md'),
    '---\nname: Kainuun testiseura\nkind: club\nbranches: [liikunta-ja-ulkoilu]\ndescription: Testiseura.\nemail: seura(at)example.org\nverified: 2026-01-15\n---\n',
  );
  return work;
}

describe('building the regions of a national layout', () => {
  test('builds each region as a site of its own, and a region that fails does not stop the others', () => {
    const content = nationalLayout();
    const out = join(work, 'dist');
    const result = spawnSync(
      process.execPath,
      [
        'scripts/build-regions.mjs',
        '--content',
        content,
        '--out',
        out,
        '--cache',
        join(work, 'cache'),
        '--parallel',
        '1',
        '--site',
        'https://{alue}.hyvinvointipuu.example',
      ],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HYVINVOINTIPUU_NOW: '2026-11-30 12:00' },
      },
    );
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('1 of 2 regions built');
    expect(output).toContain('kainuu: FAILED');
    // The failing region's problem is told as the content check tells it, naming the file.
    expect(output).toMatch(/alueet\/kainuu\/actors\/testikunta\/seura\.md:6 email: löytyi "seura\(at\)example\.org"/);
    // The region that built is a whole site of its own, at its own address, with its own search index.
    const home = readFileSync(join(out, 'etela-pohjanmaa', 'index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://etela-pohjanmaa.hyvinvointipuu.example/">');
    expect(existsSync(join(out, 'etela-pohjanmaa', 'alajarvi', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'etela-pohjanmaa', 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(out, 'kainuu', 'index.html'))).toBe(false);
    const report = JSON.parse(readFileSync(join(out, 'alueet.json'), 'utf8')) as {
      regions: { region: string; ok: boolean; pages: number }[];
    };
    expect(report.regions.map(({ region, ok }) => [region, ok])).toEqual([
      ['etela-pohjanmaa', true],
      ['kainuu', false],
    ]);
    expect(report.regions[0]!.pages).toBeGreaterThan(10);
  });
});
