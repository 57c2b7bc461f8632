import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { hasEnded } from '~/lib/events/event-facts';
import { useChromiumPage } from './chromium';

const baseUrl = inject('baseUrl');
const session = useChromiumPage();
const events = checkContent(inject('contentRoot')).entries.filter((entry) => entry.collection === 'events');

/** The UIDs of a served iCalendar feed, read back with ical.js. */
async function feedUids(path: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.headers.get('content-type')).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents('vevent').map((component) => String(component.getFirstPropertyValue('uid')));
}

const uidOf = (id: string) => `${id.replace('/', '.')}@hyvinvointipuu`;

describe('the event calendar', () => {
  test('lists upcoming events by month, reserved dates and cancellations marked in words', async () => {
    await session.page.goto(`${baseUrl}/tapahtumat/`);
    const upcoming = session.page.getByRole('region', { name: 'Tulevat tapahtumat' });
    await expect(upcoming.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
      'maaliskuu 2027',
      'toukokuu 2027',
      'kesäkuu 2027',
      'heinäkuu 2027',
    ]);
    const june = upcoming.getByRole('region', { name: 'kesäkuu 2027' }).getByRole('listitem');
    await expect(june.first().textContent()).resolves.toContain('varattu päivä');
    await expect(upcoming.getByRole('listitem').filter({ hasText: 'Kesäkonsertti' }).textContent()).resolves.toContain('peruttu');
    const past = session.page.getByRole('region', { name: 'Menneet tapahtumat' });
    await expect(past.getByRole('link').count()).resolves.toBe(6);
  });

  test('narrows to a municipality through plain links', async () => {
    await session.page.goto(`${baseUrl}/tapahtumat/`);
    await session.page.getByText('Kunnittain').click();
    await session.page.getByRole('navigation', { name: 'Rajaa kalenteria' }).getByRole('link', { name: 'Soini' }).click();
    await session.page.waitForURL(`${baseUrl}/soini/tapahtumat/`);
    const links = await session.page.getByRole('main').getByRole('listitem').allTextContents();
    expect(links.every((text) => text.includes('Soini'))).toBe(true);
    expect(links.length).toBe(events.filter((event) => event.id.startsWith('soini/')).length);
  });

  test('an event page links the events at the same time and offers texts for its channels', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/tapahtumat/kyla-ilta-2027/`);
    await expect(
      session.page.getByRole('region', { name: 'Samaan aikaan' }).getByRole('link').allTextContents(),
    ).resolves.toEqual(['Kesäjuhla']);
    const facebook = session.page.getByRole('textbox', { name: /^Facebook-sivu – viimeistään 5\.6\.2027$/ });
    await expect(facebook.inputValue()).resolves.toMatch(
      /^Kyläilta 12\.6\.2027 klo 18\.00–21\.00, Seurantalo\. .* http:\/\/localhost:4321\/vimpeli\/tapahtumat\/kyla-ilta-2027\/$/,
    );
    const json = JSON.parse((await session.page.locator('script[type="application/ld+json"]').textContent())!);
    expect(json).toMatchObject({
      '@type': 'Event',
      name: 'Kyläilta',
      startDate: '2027-06-12T18:00:00+03:00',
      location: { name: 'Seurantalo' },
    });
  });

  test('the staff pages list the clashes and the announcement deadlines', async () => {
    await session.page.goto(`${baseUrl}/henkilokunta/paallekkaisyydet/`);
    const clashes = await session.page.getByRole('main').getByRole('listitem').allTextContents();
    expect(clashes).toHaveLength(2);
    expect(clashes.join(' ')).toContain('sama paikka');
    await session.page.goto(`${baseUrl}/henkilokunta/tiedotus/`);
    const facebook = session.page.getByRole('region', { name: 'Facebook-sivu' });
    await expect(facebook.getByRole('row').allTextContents()).resolves.toHaveLength(3);
  });

  test('the breakfasts page shows their history and the next one', async () => {
    await session.page.goto(`${baseUrl}/kumppanuusaamiaiset/`);
    await expect(session.page.getByRole('region', { name: 'Pidetyt aamiaiset' }).getByRole('row').count()).resolves.toBe(7);
    await expect(session.page.getByRole('region', { name: 'Seuraava kumppanuusaamiainen' }).textContent()).resolves.toContain(
      '18.3.2027',
    );
    await expect(session.page.getByRole('img', { name: 'Osallistujat tilaisuuksittain' }).locator('rect').count()).resolves.toBe(
      6,
    );
  });

  test.each([
    ['the region', '/tapahtumat.ics', () => events],
    ['a municipality', '/vimpeli/tapahtumat.ics', () => events.filter((event) => event.id.startsWith('vimpeli/'))],
    [
      'a branch',
      '/tapahtumat/kasvusto/osallisuus-ja-yhteistyo.ics',
      () => events.filter((event) => event.data.branch === 'osallisuus-ja-yhteistyo'),
    ],
  ])('the feed of %s (%s) parses back with every event present', async (_, path, expected) => {
    expect((await feedUids(path)).sort()).toEqual(
      expected()
        .map((event) => uidOf(event.id))
        .sort(),
    );
  });

  test('each event has its own calendar file', async () => {
    expect(await feedUids('/evijarvi/tapahtumat/kumppanuusaamiainen-2027-03-18.ics')).toEqual([
      uidOf('evijarvi/kumppanuusaamiainen-2027-03-18'),
    ]);
  });

  test('the RSS feed lists the upcoming events that are not cancelled', async () => {
    const rss = await (await fetch(`${baseUrl}/tapahtumat.xml`)).text();
    const titles = [...rss.matchAll(/<item><title>([^<]*)<\/title>/g)].map((match) => match[1]!.split(' – ')[0]);
    expect(titles).toEqual([
      'Kumppanuusaamiainen',
      'Yrittäjäilta Kivitipussa',
      'Järjestöjen tapaaminen',
      'Kesäjuhla',
      'Kyläilta',
      'Kesätori',
    ]);
  });

  test.each([
    '/tapahtumat/',
    '/vimpeli/tapahtumat/kyla-ilta-2027/',
    '/henkilokunta/paallekkaisyydet/',
    '/henkilokunta/tiedotus/',
    '/kumppanuusaamiaiset/',
  ])('has no axe violations on %s', async (path) => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    await context.close();
    console.info(`axe ${path}: ${results.passes.length} rules passed, ${results.violations.length} violations`);
    expect(
      results.violations.map((violation) => ({
        rule: violation.id,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      })),
    ).toEqual([]);
  });
});

/** The sample's own past event (2017–2018) and an upcoming one, and the pages that show calendar links. */
const NOW = '2026-11-30 12:00';
const pastEvent = events.find((event) => hasEnded(event.data as { start: string; end?: string }, NOW))!;
const pageOf = (id: string) => `/${id.split('/')[0]}/tapahtumat/${id.split('/')[1]}/`;
const calendarPages = (prefix: string) =>
  [
    [`${prefix}/tapahtumat/`, `${prefix}/tapahtumat.ics`],
    [`${prefix}/vimpeli/tapahtumat/`, `${prefix}/vimpeli/tapahtumat.ics`],
    [`${prefix}/tapahtumat/kasvusto/osallisuus-ja-yhteistyo/`, `${prefix}/tapahtumat/kasvusto/osallisuus-ja-yhteistyo.ics`],
    [`${prefix}/vimpeli/`, `${prefix}/vimpeli/tapahtumat.ics`],
  ] as const;

describe('calendar links in every edition', () => {
  test.each(['', '/sv', '/en'])(
    'every calendar and feed link of the calendar pages in "%s" answers, webcal included',
    async (prefix) => {
      for (const [path, feed] of calendarPages(prefix)) {
        await session.page.goto(`${baseUrl}${path}`);
        const subscribe = session.page.locator('details.hp-subscribe');
        await expect(subscribe.count()).resolves.toBe(1);
        await expect(subscribe.locator('a[href^="webcal:"]').getAttribute('href')).resolves.toBe(
          `webcal://localhost:4321${feed}`,
        );
        await expect(subscribe.locator('input[readonly]').inputValue()).resolves.toBe(`http://localhost:4321${feed}`);
        const hrefs = await session.page
          .locator('main a:is([href$=".ics"], [href$=".xml"], [href*="/tapahtumat/"]):not([href^="webcal:"])')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
        for (const href of new Set([...hrefs, feed])) {
          const response = await fetch(new URL(href, `${baseUrl}${path}`));
          expect([href, response.status]).toEqual([href, 200]);
          if (href.endsWith('.ics')) expect(response.headers.get('content-type')).toContain('text/calendar');
        }
      }
    },
  );

  test('a municipality page links its own calendar and feed', async () => {
    await session.page.goto(`${baseUrl}/en/vimpeli/`);
    const events = session.page.getByRole('region', { name: 'Events' });
    await expect(
      events
        .getByRole('link', { name: /calendar/ })
        .first()
        .getAttribute('href'),
    ).resolves.toBe('/en/vimpeli/tapahtumat/');
    await expect(events.locator('a[href^="webcal:"]').getAttribute('href')).resolves.toBe(
      'webcal://localhost:4321/en/vimpeli/tapahtumat.ics',
    );
  });

  test('the English feeds are in English and link the English pages', async () => {
    const text = await (await fetch(`${baseUrl}/en/vimpeli/tapahtumat.ics`)).text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('name')).toBe('Events – Vimpeli');
    const urls = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('url')));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url.startsWith('http://localhost:4321/en/vimpeli/tapahtumat/'))).toBe(true);
  });

  test.each(['', '/en'])('an upcoming event in "%s" offers its calendar file and a past one does not', async (prefix) => {
    await session.page.goto(`${baseUrl}${prefix}/vimpeli/tapahtumat/kyla-ilta-2027/`);
    const file = await session.page.locator('main a[href$=".ics"]').getAttribute('href');
    expect(file).toBe(`${prefix}/vimpeli/tapahtumat/kyla-ilta-2027.ics`);
    const response = await fetch(`${baseUrl}${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    expect((await session.page.goto(`${baseUrl}${prefix}${pageOf(pastEvent.id)}`))!.status()).toBe(200);
    await expect(session.page.locator('main a[href$=".ics"]').count()).resolves.toBe(0);
  });

  test('the copy button copies the address under the content security policy', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${baseUrl}/en/tapahtumat/`);
    await page.getByText('Subscribe to the calendar').click();
    await page.getByRole('button', { name: 'Copy the address' }).click();
    await page.getByRole('status').filter({ hasText: 'The address has been copied.' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('http://localhost:4321/en/tapahtumat.ics');
    await context.close();
    expect(problems).toEqual([]);
  });

  test.each([390, 1280])(
    'the pages with calendar links do not scroll sideways at %i px, the subscribe box open',
    async (width) => {
      const context = await session.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of ['/tapahtumat/', '/en/vimpeli/tapahtumat/', '/sv/vimpeli/', '/en/vimpeli/tapahtumat/kyla-ilta-2027/']) {
        await page.goto(`${baseUrl}${path}`);
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        expect([path, await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)]).toEqual([path, 0]);
      }
      await context.close();
    },
  );
});
