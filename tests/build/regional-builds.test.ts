import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../fixtures/astro-build';
import { fixturesDir } from '../fixtures/content-root';
import { launchChromium } from '../browser/chromium';
import { serveStatic } from '../../scripts/serve-static.mjs';

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

const out = join(work, 'dist');
const national = join(work, 'kansallinen');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HYVINVOINTIPUU_NOW: '2026-11-30 12:00' };

/** `npm run build:regions` on the layout, for the regions named (all of them by default). */
function buildRegions(...regions: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      'scripts/build-regions.mjs',
      '--content',
      work,
      '--out',
      out,
      '--cache',
      join(work, 'cache'),
      '--parallel',
      '1',
      '--site',
      'https://{alue}.hyvinvointipuu.example',
      ...(regions.length ? ['--regions', regions.join(',')] : []),
    ],
    { cwd: projectRoot, encoding: 'utf8', env },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** `npm run build:national` from the regions' built sites. */
function buildNational() {
  const result = spawnSync(
    process.execPath,
    [
      'scripts/build-national.mjs',
      '--content',
      work,
      '--regions',
      out,
      '--out',
      national,
      '--site',
      'https://hyvinvointipuu.example',
    ],
    { cwd: projectRoot, encoding: 'utf8', env },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const nationalPage = (path: string) => readFileSync(join(national, path), 'utf8');

describe('building the regions of a national layout', () => {
  test('builds each region as a site of its own, and a region that fails does not stop the others', () => {
    nationalLayout();
    const { status, output } = buildRegions();
    expect(status).toBe(1);
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

  test('builds the national site from the regions that built, and names the region that is missing', () => {
    const { status, output } = buildNational();
    expect(status, output).toBe(0);
    const home = nationalPage('index.html');
    expect(home).toContain('href="/etela-pohjanmaa/">Etelä-Pohjanmaa</a>');
    expect(home).toMatch(/<a href="\/kainuu\/">Kainuu<\/a>: maakunnan sivuston koonti epäonnistui/);
    // The region page links into the regional site; the missing region's page says it is missing.
    expect(nationalPage('etela-pohjanmaa/index.html')).toContain(
      'href="https://etela-pohjanmaa.hyvinvointipuu.example/alajarvi/"',
    );
    expect(nationalPage('kainuu/index.html')).toContain('Tämän maakunnan tiedot puuttuvat tästä versiosta');
    expect(nationalPage('sv/index.html')).toMatch(/Kajanaland|Kainuu/);
    // The national A–Ö lists the region's actors with their regional addresses.
    expect(nationalPage('etela-pohjanmaa/toimijat/index.html')).toContain(
      'href="https://etela-pohjanmaa.hyvinvointipuu.example/alajarvi/toimijat/testiseura/"',
    );
    const regional = JSON.parse(readFileSync(join(out, 'etela-pohjanmaa', 'avoin-data', 'toimijat.json'), 'utf8')) as {
      items: unknown[];
    };
    const merged = JSON.parse(nationalPage('avoin-data/toimijat.json')) as { $schema: string; items: unknown[] };
    expect(merged.items).toEqual(regional.items);
    expect(merged.$schema).toBe('https://hyvinvointipuu.example/avoin-data/toimijat.schema.json');
    for (const index of ['pagefind', 'sv/pagefind', 'en/pagefind'])
      expect(existsSync(join(national, index, 'pagefind-entry.json')), index).toBe(true);
  });

  test('after the failing region is fixed and rebuilt alone, the national site has both regions', async () => {
    const file = join(work, 'alueet', 'kainuu', 'actors', 'testikunta', 'seura.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('seura(at)example.org', 'seura@example.org'));
    const regional = buildRegions('kainuu');
    expect(regional.status, regional.output).toBe(0);
    expect(regional.output).toContain('1 of 1 regions built');
    // The report keeps the region that was not rebuilt, and now says Kainuu built.
    const report = JSON.parse(readFileSync(join(out, 'alueet.json'), 'utf8')) as { regions: { region: string; ok: boolean }[] };
    expect(report.regions.map(({ region, ok }) => [region, ok])).toEqual([
      ['etela-pohjanmaa', true],
      ['kainuu', true],
    ]);
    const { status, output } = buildNational();
    expect(status, output).toBe(0);
    expect(nationalPage('index.html')).not.toContain('Puuttuvat maakunnat');

    // One search across both regions, each result leading to its own regional site.
    const server = await serveStatic(national);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/haku/?q=testiseura`);
      await page.locator('#haku-viesti', { hasText: /^2 tulosta/ }).waitFor();
      const links = await page.locator('.hp-result__title').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual([
        'https://etela-pohjanmaa.hyvinvointipuu.example/alajarvi/toimijat/testiseura/',
        'https://kainuu.hyvinvointipuu.example/testikunta/toimijat/seura/',
      ]);
      expect(await page.locator('.hp-result .hp-card__meta').first().textContent()).toContain('Maakunta:');
      // The region filter narrows it to one region, as the form's address says.
      await page.goto(`${server.url}/haku/?q=testiseura&alue=Kainuu`);
      await page.locator('#haku-viesti', { hasText: /^1 tulos/ }).waitFor();
      expect(await page.locator('.hp-result__title').textContent()).toBe('Kainuun testiseura');

      // Every kind of national page reads on a phone and on a desktop without an accessibility
      // violation (axe, WCAG 2.2 AA) and without scrolling sideways.
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const phone = await context.newPage();
        for (const path of ['/', '/kainuu/', '/kainuu/toimijat/', '/toimijat/', '/haku/?q=testiseura', '/avoin-data/', '/sv/']) {
          await phone.goto(`${server.url}${path}`);
          if (path.includes('?q=')) await phone.locator('.hp-result__title').first().waitFor();
          const results = await new AxeBuilder({ page: phone })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          expect(results.violations.map((violation) => `${path} ${width}: ${violation.id}`)).toEqual([]);
          expect(await phone.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(
            width,
          );
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
