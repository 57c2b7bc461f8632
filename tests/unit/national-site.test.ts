import { describe, expect, test } from 'vitest';
import type { Language } from '~/i18n/languages';
import { createTranslator } from '~/lib/i18n';
import { mergedDataset } from '~/lib/national/merged-exports';
import { assembleNation, summaryProblem, type ExpectedRegion, type NationalRegion } from '~/lib/national/nation';
import {
  buildNationalDirectory,
  buildNationalHome,
  buildRegionDirectory,
  buildRegionPage,
  type NationalContext,
} from '~/lib/national/national-pages';
import { buildNationalSearchPage, nationalSearchRecords } from '~/lib/national/national-search';
import { buildRegionSummary, type RegionSummary } from '~/lib/national/region-summary';
import { contextOf } from '../fixtures/page-context';
import { siteContent } from '../fixtures/site-content';

/** The fixture content published as a region at `site`, as its regional build writes `/avoin-data/alue.<lang>.json`. */
function summaryAt(site: string, lang: Language = 'fi'): RegionSummary {
  return buildRegionSummary(contextOf(siteContent(), lang), new URL(site));
}

const expected: ExpectedRegion[] = [
  { id: 'etela-pohjanmaa', name: { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten' }, code: '14' },
  { id: 'kainuu', name: { fi: 'Kainuu', sv: 'Kajanaland' }, code: '18' },
  { id: 'lappi', name: { fi: 'Lappi', sv: 'Lappland' }, code: '19' },
];

/** Etelä-Pohjanmaa published, Kainuu's build failed, Lappi published nothing. */
function nation(lang: Language = 'fi'): NationalContext {
  const files: Record<string, unknown> = { 'etela-pohjanmaa': summaryAt('https://etela-pohjanmaa.example/', lang) };
  const regions = assembleNation(
    expected,
    lang,
    (id) => (id in files ? { found: true, json: files[id] } : { found: false }),
    new Set(['kainuu']),
  );
  return { lang, t: createTranslator(lang), regions };
}

describe("a region's summary for the national site", () => {
  test('gives every listed actor, fruit, event and municipality a record with its full regional address', () => {
    const summary = summaryAt('https://etela-pohjanmaa.example/');
    const actors = summary.records.filter((record) => record.type === 'actor');
    expect(actors.map((record) => record.title)).toContain('Urheiluseura');
    // A defunct actor leaves every listing, the national ones too.
    expect(actors.map((record) => record.title)).not.toContain('Lopettanut ry');
    expect(actors.find((record) => record.title === 'Urheiluseura')!.url).toBe(
      'https://etela-pohjanmaa.example/alajarvi/toimijat/urheiluseura/',
    );
    expect(summary.records.filter((record) => record.type === 'municipality').map((record) => record.title)).toEqual([
      'Alajärvi',
      'Vimpeli',
    ]);
    expect(summary.region).toEqual({ name: 'Etelä-Pohjanmaa', code: '14' });
  });

  test("carries the filters the regional index gives the same page, in the edition's words", () => {
    const record = summaryAt('https://x.example/', 'sv').records.find((r) => r.title === 'Urheiluseura')!;
    expect(record.filters.Kommun).toEqual(['Alajärvi']);
    expect(record.url).toBe('https://x.example/sv/alajarvi/toimijat/urheiluseura/');
  });

  test('is refused when it is of another version, another language or not an object', () => {
    const summary = summaryAt('https://x.example/');
    expect(summaryProblem(summary, 'fi')).toBeUndefined();
    expect(summaryProblem({ ...summary, version: 2 }, 'fi')).toBe('version 2, expected 1');
    expect(summaryProblem(summary, 'sv')).toBe('language fi, expected sv');
    expect(summaryProblem('<html>', 'fi')).toBe('not a JSON object');
    expect(summaryProblem({ ...summary, site: 'javascript:alert(1)' }, 'fi')).toBe('site is not an http(s) address');
  });

  test('is refused when it links anywhere but its own site, so no other address reaches a national page', () => {
    const summary = summaryAt('https://x.example/');
    const records = [{ ...summary.records[0]!, url: 'javascript:alert(1)' }, ...summary.records.slice(1)];
    expect(summaryProblem({ ...summary, records }, 'fi')).toBe('an address outside https://x.example/: "javascript:alert(1)"');
    const municipalities = [{ ...summary.municipalities[0]!, url: 'https://x.example.evil/' }];
    expect(summaryProblem({ ...summary, municipalities }, 'fi')).toBe(
      'an address outside https://x.example/: "https://x.example.evil/"',
    );
  });

  test('is refused, naming the field, when a part of it has the wrong form', () => {
    const summary = summaryAt('https://x.example/');
    const branches = [{ ...summary.branches[0]!, colour: 'url(#x)' }];
    expect(summaryProblem({ ...summary, branches }, 'fi')).toMatch(/^branches\[0\]\.colour: /);
    const records = [{ ...summary.records[0]!, title: 42 }];
    expect(summaryProblem({ ...summary, records }, 'fi')).toMatch(/^records\[0\]\.title: /);
    const { region, ...withoutRegion } = summary;
    expect(region.name).toBe('Etelä-Pohjanmaa');
    expect(summaryProblem(withoutRegion, 'fi')).toMatch(/^region: /);
  });
});

describe('the national pages', () => {
  test('name every region that is missing and why, and never drop one silently', () => {
    const home = buildNationalHome(nation());
    expect(home.regions.map((region) => region.name)).toEqual(['Etelä-Pohjanmaa']);
    expect(home.missing).toEqual([
      { name: 'Kainuu', href: '/kainuu/', reason: 'maakunnan sivuston koonti epäonnistui' },
      { name: 'Lappi', href: '/lappi/', reason: 'maakunnan sivusto ei ole julkaissut yhteenvetoaan' },
    ]);
    expect(buildNationalHome(nation('sv')).missing.map((region) => region.name)).toEqual(['Kajanaland', 'Lappland']);
  });

  test("say why a region's summary could not be used", () => {
    const regions = assembleNation(expected.slice(1, 2), 'fi', () => ({ found: true, json: { version: 0 } }));
    const home = buildNationalHome({ lang: 'fi', t: createTranslator('fi'), regions });
    expect(home.missing[0]!.reason).toBe('maakunnan yhteenvetoa ei voitu lukea (version 0, expected 1)');
  });

  test("draw the forest with one tree per published region, linked to the region's page", () => {
    const { forest } = buildNationalHome(nation());
    expect(forest.trees.map((tree) => [tree.name, tree.href])).toEqual([['Etelä-Pohjanmaa', '/etela-pohjanmaa/']]);
    expect(forest.svg).toContain('href="/etela-pohjanmaa/"');
    expect(forest.trees[0]!.label).toMatch(/^Etelä-Pohjanmaa: \d+ toimijaa, \d+ hedelm/);
  });

  test('link a region page into the regional site, and say on a missing one that it is missing', () => {
    const ctx = nation();
    const page = buildRegionPage(ctx, ctx.regions[0]!);
    expect(page.published!.site).toBe('https://etela-pohjanmaa.example/');
    expect(page.published!.municipalities.map((m) => m.href)).toEqual([
      'https://etela-pohjanmaa.example/alajarvi/',
      'https://etela-pohjanmaa.example/vimpeli/',
    ]);
    expect(page.published!.search).toBe('/haku/?alue=Etel%C3%A4-Pohjanmaa');
    expect(buildRegionPage(ctx, ctx.regions[1]!)).toMatchObject({
      name: 'Kainuu',
      missing: 'maakunnan sivuston koonti epäonnistui',
    });
  });

  test("list a region's actors A–Ö by initial letter in Finnish order, Ä after Z", () => {
    const ctx = nation();
    const region = ctx.regions[0] as Extract<NationalRegion, { published: true }>;
    const letters = buildRegionDirectory(ctx, region).letters.map((group) => group.letter);
    expect(letters.at(-1)).toBe('Ä');
    expect([...letters].sort((a, b) => a.localeCompare(b, 'fi'))).toEqual(letters);
    expect(buildNationalDirectory(ctx).regions).toEqual([
      { name: 'Etelä-Pohjanmaa', href: '/etela-pohjanmaa/toimijat/', counts: expect.stringMatching(/toimija/) },
    ]);
  });
});

describe('the national search', () => {
  test('gives each record its region as a filter and a field, beside its regional filters', () => {
    const records = nationalSearchRecords(nation());
    const record = records.find((r) => r.meta.title === 'Urheiluseura')!;
    expect(record.filters.Maakunta).toEqual(['Etelä-Pohjanmaa']);
    expect(record.filters.Kunta).toEqual(['Alajärvi']);
    expect(record.meta.maakunta).toBe('Etelä-Pohjanmaa');
    expect(record.url).toMatch(/^https:\/\/etela-pohjanmaa\.example\//);
    expect(record.language).toBe('fi');
  });

  test('offers the region first among the filters, with the pages each value finds', () => {
    const ctx = nation();
    const records = nationalSearchRecords(ctx);
    const page = buildNationalSearchPage(ctx, records);
    expect(page.filters.map((filter) => filter.key)).toEqual(['alue', 'sisalto', 'kunta', 'kasvusto', 'tyyppi', 'tila', 'kieli']);
    expect(page.filters[0]!.options).toEqual([{ value: 'Etelä-Pohjanmaa', count: records.length }]);
    expect(page.bundle).toBe('/pagefind/');
  });
});

describe('the national open data', () => {
  test("keeps every region's items as published, and each shared item once", () => {
    const merged = mergedDataset(
      [
        { region: 'a', document: { items: [{ id: 'liikunta' }, { id: 'a/seura', name: 'A' }] } },
        { region: 'b', document: { items: [{ id: 'liikunta' }, { id: 'b/seura', name: 'B' }] } },
        { region: 'c', document: '<html>' },
      ],
      {
        schema: 'https://suomi.example/avoin-data/toimijat.schema.json',
        source: 'https://suomi.example/',
        licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
        generated: '2026-11-30T10:00:00.000Z',
      },
    );
    expect(merged.items).toEqual([{ id: 'liikunta' }, { id: 'a/seura', name: 'A' }, { id: 'b/seura', name: 'B' }]);
    expect(merged.$schema).toBe('https://suomi.example/avoin-data/toimijat.schema.json');
  });
});
