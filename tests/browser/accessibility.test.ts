import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** One page of every type the site has. */
const pages = {
  'front page': '/',
  'municipality page': '/vimpeli/',
  'municipality page with a dense tree': '/testikunta/',
  'branch page': '/vimpeli/kasvustot/vapaaehtoistoiminta/',
  'empty branch page': '/soini/kasvustot/turvallisuus/',
  'actor page': '/vimpeli/toimijat/testiyhdistys/',
  'defunct actor page': '/alajarvi/toimijat/lopettanut-testiseura/',
  'fruit page': '/soini/hedelmat/soinin-150-vuotisjuhlavuosi/',
  'event page': '/lappajarvi/tapahtumat/kumppanuusaamiainen-2017-12-13/',
  'A–Ö directory': '/toimijat/',
  'accessibility statement': '/saavutettavuusseloste/',
  'privacy notice': '/tietosuojaseloste/',
  'not-found page': '/ei-ole-olemassa/',
  'details-to-confirm page': '/henkilokunta/vahvistettavat/',
  'staff page': '/henkilokunta/',
  'staff page in Swedish': '/sv/henkilokunta/',
  'staff page in English': '/en/henkilokunta/',
  'editor page before a repository is configured': '/hallinta/',
  'open-data page': '/avoin-data/',
  'attractions guide': '/vetovoimatekijat/',
  "municipality's attractions page": '/soini/vetovoimatekijat/',
  'living-here page': '/vimpeli/muuttajalle/',
  'attractions guide in Swedish': '/sv/vetovoimatekijat/',
  "municipality's attractions page in Swedish": '/sv/soini/vetovoimatekijat/',
  'living-here page in Swedish': '/sv/vimpeli/muuttajalle/',
  'attractions guide in English': '/en/vetovoimatekijat/',
  "municipality's attractions page in English": '/en/soini/vetovoimatekijat/',
  'living-here page in English': '/en/vimpeli/muuttajalle/',
  'actor page in English': '/en/vimpeli/toimijat/testiyhdistys/',
  'event submission form': '/ilmoita/tapahtuma/',
  'actor submission form in Swedish': '/sv/ilmoita/toimija/',
  'correction form in English, opened on an entry': '/en/ilmoita/korjaus/?kohde=actors/vimpeli/spr-vimpelin-osasto',
};

describe('axe (WCAG 2.1 A/AA and 2.2 AA) finds no violations', () => {
  test.each(Object.entries(pages))('on the %s (%s)', async (_, path) => {
    // @axe-core/playwright needs a page from an explicit context.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    await context.close();
    const violations = results.violations.map((violation) => ({
      rule: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
    console.info(`axe ${path}: ${results.passes.length} rules passed, ${violations.length} violations`);
    expect(violations).toEqual([]);
  });
});
