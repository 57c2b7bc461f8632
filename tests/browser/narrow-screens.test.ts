import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './chromium';
import { editionLanguages } from '~/i18n/languages';

/**
 * Every type of page on a phone: nothing scrolls sideways at 320 and 390 pixels, and the header
 * leaves the screen to the page. The tree and the forest on a phone have their own tests
 * (tree.test.ts); here their pages are checked for sideways scrolling like any other.
 */
const baseUrl = inject('baseUrl');
const distRoot = inject('distRoot');
const pagesRoot = new URL('../../src/pages/', import.meta.url).pathname;

interface PageType {
  name: string;
  /** The page's route file under src/pages. */
  route: string;
  path: string;
  /** Shown once the page's own script has drawn it (the search results). */
  ready?: string;
  status?: number;
}

/** One page of each route, with the Swedish and English editions of a few. */
const pageTypes: PageType[] = [
  { name: 'front page', route: '[...lang]/index.astro', path: '/' },
  { name: 'front page in Swedish', route: '[...lang]/index.astro', path: '/sv/' },
  { name: 'front page in English', route: '[...lang]/index.astro', path: '/en/' },
  { name: 'municipality page', route: '[...lang]/[municipality]/index.astro', path: '/vimpeli/' },
  { name: 'municipality page with a dense tree', route: '[...lang]/[municipality]/index.astro', path: '/testikunta/' },
  { name: 'municipality page in Swedish', route: '[...lang]/[municipality]/index.astro', path: '/sv/vimpeli/' },
  { name: 'municipality page in English', route: '[...lang]/[municipality]/index.astro', path: '/en/vimpeli/' },
  {
    name: 'branch page',
    route: '[...lang]/[municipality]/kasvustot/[branch].astro',
    path: '/vimpeli/kasvustot/vapaaehtoistoiminta/',
  },
  {
    name: 'empty branch page',
    route: '[...lang]/[municipality]/kasvustot/[branch].astro',
    path: '/vimpeli/kasvustot/turvallisuus/',
  },
  { name: 'actor page', route: '[...lang]/[municipality]/toimijat/[actor].astro', path: '/vimpeli/toimijat/testiyhdistys/' },
  {
    name: 'actor page in English',
    route: '[...lang]/[municipality]/toimijat/[actor].astro',
    path: '/en/vimpeli/toimijat/testiyhdistys/',
  },
  {
    name: 'defunct actor page',
    route: '[...lang]/[municipality]/toimijat/[actor].astro',
    path: '/alajarvi/toimijat/lopettanut-testiseura/',
  },
  {
    name: 'fruit page',
    route: '[...lang]/[municipality]/hedelmat/[fruit].astro',
    path: '/soini/hedelmat/soinin-150-vuotisjuhlavuosi/',
  },
  { name: 'event page', route: '[...lang]/[municipality]/tapahtumat/[event].astro', path: '/vimpeli/tapahtumat/kesajuhla-2027/' },
  {
    name: 'event page in English',
    route: '[...lang]/[municipality]/tapahtumat/[event].astro',
    path: '/en/vimpeli/tapahtumat/kyla-ilta-2027/',
  },
  { name: "municipality's calendar", route: '[...lang]/[municipality]/tapahtumat/index.astro', path: '/vimpeli/tapahtumat/' },
  { name: 'calendar', route: '[...lang]/tapahtumat/index.astro', path: '/tapahtumat/' },
  { name: 'calendar in Swedish', route: '[...lang]/tapahtumat/index.astro', path: '/sv/tapahtumat/' },
  {
    name: "branch's calendar",
    route: '[...lang]/tapahtumat/kasvusto/[branch].astro',
    path: '/tapahtumat/kasvusto/kulttuuri-ja-harrastukset/',
  },
  { name: 'living-here page', route: '[...lang]/[municipality]/muuttajalle.astro', path: '/vimpeli/muuttajalle/' },
  {
    name: "municipality's attractions page",
    route: '[...lang]/[municipality]/vetovoimatekijat.astro',
    path: '/soini/vetovoimatekijat/',
  },
  { name: 'attractions guide', route: '[...lang]/vetovoimatekijat.astro', path: '/vetovoimatekijat/' },
  { name: 'A–Ö directory', route: '[...lang]/toimijat/index.astro', path: '/toimijat/' },
  { name: 'search page with results', route: '[...lang]/haku.astro', path: '/haku/?q=seura', ready: '.hp-result' },
  { name: 'search page with results in English', route: '[...lang]/haku.astro', path: '/en/haku/?q=seura', ready: '.hp-result' },
  { name: 'open-data page', route: '[...lang]/avoin-data/index.astro', path: '/avoin-data/' },
  { name: 'actor submission form', route: '[...lang]/ilmoita/toimija.astro', path: '/sv/ilmoita/toimija/' },
  { name: 'event submission form', route: '[...lang]/ilmoita/tapahtuma.astro', path: '/ilmoita/tapahtuma/' },
  {
    name: 'correction form, opened on an entry',
    route: '[...lang]/ilmoita/korjaus.astro',
    path: '/en/ilmoita/korjaus/?kohde=actors/vimpeli/spr-vimpelin-osasto',
  },
  { name: 'staff page', route: '[...lang]/henkilokunta/index.astro', path: '/henkilokunta/' },
  { name: 'overlaps page', route: '[...lang]/henkilokunta/paallekkaisyydet.astro', path: '/henkilokunta/paallekkaisyydet/' },
  { name: 'announcement page', route: '[...lang]/henkilokunta/tiedotus.astro', path: '/henkilokunta/tiedotus/' },
  {
    name: 'details-to-confirm page',
    route: '[...lang]/henkilokunta/vahvistettavat.astro',
    path: '/henkilokunta/vahvistettavat/',
  },
  { name: 'partnership breakfasts page', route: '[...lang]/kumppanuusaamiaiset.astro', path: '/kumppanuusaamiaiset/' },
  { name: 'accessibility statement', route: '[...lang]/saavutettavuusseloste.astro', path: '/saavutettavuusseloste/' },
  { name: 'privacy notice', route: '[...lang]/tietosuojaseloste.astro', path: '/tietosuojaseloste/' },
  { name: "editor's help page", route: 'hallinta/index.astro', path: '/hallinta/' },
  { name: 'not-found page', route: '404.astro', path: '/ei-ole-olemassa/', status: 404 },
];

/**
 * Routes that the test build has no page of, with the page that would be their first. The A–Ö
 * directory continues on a second page only past 250 actors.
 */
const routesWithoutPages: Record<string, string> = { '[...lang]/toimijat/[page].astro': 'toimijat/2/index.html' };

/** Pages of each edition for the header's height: the front page, a municipality, an actor and a search. */
const editions = Object.fromEntries(editionLanguages().map((lang) => [lang, lang === 'fi' ? '' : `/${lang}`]));
const headerPages = ['/', '/vimpeli/', '/vimpeli/toimijat/testiyhdistys/', '/haku/?q=seura'];

/** The route files of pages (not of feeds, drawings or data) under src/pages. */
function pageRoutes(): string[] {
  return readdirSync(pagesRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A phone's screen: its width, 844 pixels tall, touch, and the page's viewport meta applied. */
async function phone(width: number, options: { javaScript?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: 844 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: options.javaScript ?? true,
  });
}

async function open(page: Page, pageType: PageType): Promise<void> {
  const response = await page.goto(`${baseUrl}${pageType.path}`);
  expect(response?.status(), pageType.path).toBe(pageType.status ?? 200);
  if (pageType.ready) await page.locator(pageType.ready).first().waitFor();
}

interface Overflow {
  /** How far the page reaches past the screen's right edge, in pixels (0 when it does not). */
  pixels: number;
  /** The element reaching furthest right, outside any box that scrolls or clips on its own. */
  widest: string;
}

/**
 * The page's sideways overflow on a screen `screenWidth` pixels wide, and the element that causes
 * it. Measured against the screen, not `innerWidth`: a phone widens its layout viewport to fit a
 * page that overflows.
 */
function sidewaysOverflow(page: Page, screenWidth: number): Promise<Overflow> {
  return page.evaluate((screenWidth) => {
    const outOfFlow = (element: Element) => ['absolute', 'fixed'].includes(getComputedStyle(element).position);
    // Inside a box that scrolls or clips sideways on its own (a wide table), unless the element
    // is positioned past that box to an ancestor of it.
    const clipped = (element: Element): boolean => {
      let escaping = outOfFlow(element);
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        const containing = !escaping || style.position !== 'static';
        if (containing && style.overflowX !== 'visible') return true;
        if (containing) escaping = outOfFlow(parent);
      }
      return false;
    };
    let widest: Element | null = null;
    let right = screenWidth;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.right > right && element.checkVisibility() && !clipped(element)) {
        widest = element;
        right = box.right;
      }
    }
    const name = (element: Element): string =>
      `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}>` +
      ` "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
    return {
      pixels: document.documentElement.scrollWidth - screenWidth,
      widest: widest ? `${name(widest)}, right edge at ${Math.round(right)} px` : 'no single element',
    };
  }, screenWidth);
}

describe('the pages measured here', () => {
  test('include one page of every page route of the site', () => {
    const measured = new Set(pageTypes.map((pageType) => pageType.route));
    const missing = pageRoutes().filter((route) => !measured.has(route) && !(route in routesWithoutPages));
    const unknown = [...measured, ...Object.keys(routesWithoutPages)].filter((route) => !pageRoutes().includes(route));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });

  test('leave out only routes that the test build has no page of', () => {
    const built = Object.values(routesWithoutPages).filter((file) => existsSync(join(distRoot, file)));
    expect(built).toEqual([]);
  });
});

describe.each([320, 390])('on a %i-pixel-wide phone', (width) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await phone(width);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  test.each(pageTypes)('the $name ($path) does not scroll sideways, with every disclosure closed or open', async (pageType) => {
    await open(page, pageType);
    for (const state of ['closed', 'open']) {
      if (state === 'open')
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const overflow = await sidewaysOverflow(page, width);
      expect(
        overflow.pixels,
        `${pageType.name} (${pageType.path}), disclosures ${state}: ${overflow.pixels} px past the screen's right edge; widest: ${overflow.widest}`,
      ).toBeLessThanOrEqual(0);
    }
  });
});

describe('the header on a 390 × 844 phone', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await phone(390);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  test.each(Object.entries(editions))('takes at most a fifth of the screen’s height in the %s edition', async (_, prefix) => {
    for (const path of headerPages) {
      await page.goto(`${baseUrl}${prefix}${path}`);
      const header = await page.getByRole('banner').boundingBox();
      expect(header, `${prefix}${path} has a header`).not.toBeNull();
      expect(header!.height, `the header's height on ${prefix}${path}`).toBeLessThanOrEqual(844 * 0.2);
    }
  });
});

describe('the main menu', () => {
  test.each([320, 390])(
    'opens from its button without JavaScript on a %i-pixel-wide phone, below the languages and pushing the page down',
    async (width) => {
      const context = await phone(width, { javaScript: false });
      const page = await context.newPage();
      for (const prefix of Object.values(editions)) {
        await page.goto(`${baseUrl}${prefix}/vimpeli/`);
        const menu = page.getByRole('navigation', { name: /^(Päävalikko|Huvudmeny|Main menu)$/ });
        const links = menu.getByRole('link');
        const button = menu.locator('summary');
        const heading = page.getByRole('heading', { level: 1 });
        await expect(links.first().isVisible(), `${prefix}/vimpeli/: the links wait behind the button`).resolves.toBe(false);

        // The button sits beside the languages, overlapping none of them.
        const buttonBox = (await button.boundingBox())!;
        for (const language of await page
          .getByRole('navigation', { name: /^(Kieli|Språk|Language)$/ })
          .locator('li > *')
          .all()) {
          const box = (await language.boundingBox())!;
          const apart =
            box.x + box.width <= buttonBox.x ||
            buttonBox.x + buttonBox.width <= box.x ||
            box.y + box.height <= buttonBox.y ||
            buttonBox.y + buttonBox.height <= box.y;
          expect(apart, `${prefix}/vimpeli/: "${await language.textContent()}" and the menu button overlap`).toBe(true);
        }

        const headingBefore = (await heading.boundingBox())!.y;
        await button.tap();
        await expect(links.count()).resolves.toBe(4);
        const languagesBottom = Math.max(
          ...(await page
            .locator('.hp-editions li > *')
            .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom))),
        );
        for (const link of await links.all()) {
          const box = (await link.boundingBox())!;
          expect(await link.isVisible(), `${prefix}/vimpeli/: ${await link.textContent()} shows`).toBe(true);
          expect(box.height, `${await link.textContent()} is a target of 24 pixels or more`).toBeGreaterThanOrEqual(24);
          expect(box.y, `${await link.textContent()} lies below the languages`).toBeGreaterThanOrEqual(languagesBottom);
          expect(box.x + box.width, `${await link.textContent()} fits the screen`).toBeLessThanOrEqual(width);
        }
        // The open menu moves the page down instead of covering it.
        expect((await heading.boundingBox())!.y).toBeGreaterThan(headingBefore);
      }
      await context.close();
    },
  );

  test('shows its links without a button on a 1280-pixel-wide screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/vimpeli/`);
    const menu = page.getByRole('navigation', { name: 'Päävalikko' });
    await expect(menu.locator('summary').isVisible()).resolves.toBe(false);
    await expect(menu.getByRole('link').evaluateAll((links) => links.map((link) => link.checkVisibility()))).resolves.toEqual([
      true,
      true,
      true,
      true,
    ]);
    await menu.getByRole('link', { name: 'Toimijat A–Ö' }).click();
    await page.waitForURL(`${baseUrl}/toimijat/`);
    await context.close();
  });
});
