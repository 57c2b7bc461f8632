import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import { calendarFeeds, webcalOf } from '~/lib/view-models/calendar';
import type { PageContext } from '~/lib/page-context';
import { buildEventPage } from '~/lib/view-models/event-page';
import { eventFeed } from '~/lib/endpoints/calendar-feed';
import { buildMunicipalityPage } from '~/lib/view-models/municipality-page';
import { languages, type Language } from '~/i18n/languages';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';

const site = new URL('https://hyvinvointipuu.example/');
/** Before the fixture's one event (17.4.2018), and after it. */
const BEFORE = '2018-04-01 12:00';
const AFTER = '2026-01-01 12:00';

function context(lang: Language, now = BEFORE): PageContext {
  return { lang, t: createTranslator(lang), index: indexContent(siteContent()), now, settings: defaultSettings };
}

const pagesRoot = new URL('../../src/pages/', import.meta.url).pathname;

/** The iCalendar endpoints of `src/pages/`, as route segments: `[...lang]/[municipality]/tapahtumat.ics`. */
function feedRoutes(dir = pagesRoot): string[][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return feedRoutes(path);
    return entry.name.endsWith('.ics.ts') ? [relative(pagesRoot, path).replace(/\.ts$/, '').split(sep)] : [];
  });
}

type Params = Record<string, string | undefined>;

/** Matches a path against route segments the way Astro does: `[x]` is one segment, `[...x]` any number. */
function matchRoute(route: string[], segments: string[], params: Params = {}): Params | undefined {
  if (route.length === 0) return segments.length === 0 ? params : undefined;
  const [head, ...rest] = route as [string, ...string[]];
  const rest_ = /^\[\.\.\.(\w+)\]$/.exec(head);
  if (rest_) {
    for (let taken = 0; taken <= segments.length; taken++) {
      const value = segments.slice(0, taken).join('/') || undefined;
      const found = matchRoute(rest, segments.slice(taken), { ...params, [rest_[1]!]: value });
      if (found) return found;
    }
    return undefined;
  }
  if (segments.length === 0) return undefined;
  const pattern = new RegExp(`^${head.replace(/[.]/g, '\\.').replace(/\[(\w+)\]/g, '(?<$1>[^/]+)')}$`);
  const match = pattern.exec(segments[0]!);
  return match ? matchRoute(rest, segments.slice(1), { ...params, ...match.groups }) : undefined;
}

/**
 * The params a feed address gets from the endpoints, checked against what their
 * `getStaticPaths` build: an edition, a municipality, a branch or an event that exists.
 */
function routeOf(ctx: PageContext, href: string): Params | undefined {
  const segments = href.split('/').filter(Boolean);
  const { index } = ctx;
  const lang = (params: Params) => (params.lang === undefined ? 'fi' : params.lang);
  for (const route of feedRoutes()) {
    const params = matchRoute(route, segments);
    if (!params || lang(params) !== ctx.lang) continue;
    if (params.municipality !== undefined && !index.municipality.has(params.municipality)) continue;
    if (params.branch !== undefined && !index.branch.has(params.branch)) continue;
    if (params.event !== undefined && !index.event.has(`${params.municipality}/${params.event}`)) continue;
    return params;
  }
  return undefined;
}

describe('calendar feeds in every edition', () => {
  test.each(languages)('every feed address the %s view models link is a route the build writes', (lang) => {
    const ctx = context(lang);
    const hrefs = [
      calendarFeeds(ctx, {}, site).href,
      calendarFeeds(ctx, { municipality: 'alajarvi' }, site).href,
      calendarFeeds(ctx, { branch: 'liikunta' }, site).href,
      buildMunicipalityPage(ctx, 'vimpeli', site).feeds.href,
      buildEventPage(ctx, 'alajarvi/aamiainen', site).calendarFile!,
    ];
    expect(hrefs.filter((href) => !routeOf(ctx, href))).toEqual([]);
    expect(hrefs.every((href) => href.startsWith(lang === 'fi' ? '/' : `/${lang}/`))).toBe(true);
  });

  test('the route check refuses a feed of another edition, an unknown municipality or an unknown event', () => {
    expect(routeOf(context('en'), '/en/vimpeli/tapahtumat.ics')).toEqual({ lang: 'en', municipality: 'vimpeli' });
    expect(routeOf(context('en'), '/vimpeli/tapahtumat.ics')).toBeUndefined();
    expect(routeOf(context('fi'), '/kuortane/tapahtumat.ics')).toBeUndefined();
    expect(routeOf(context('fi'), '/alajarvi/tapahtumat/ei-ole.ics')).toBeUndefined();
  });

  test('a calendar offers its feed as a link, a full address and the same address as webcal', () => {
    expect(calendarFeeds(context('en'), { municipality: 'vimpeli' }, site)).toEqual({
      href: '/en/vimpeli/tapahtumat.ics',
      url: 'https://hyvinvointipuu.example/en/vimpeli/tapahtumat.ics',
      webcal: 'webcal://hyvinvointipuu.example/en/vimpeli/tapahtumat.ics',
      rss: '/tapahtumat.xml',
    });
    expect(calendarFeeds(context('fi'), {}, site).webcal).toBe('webcal://hyvinvointipuu.example/tapahtumat.ics');
    expect(calendarFeeds(context('sv'), { branch: 'liikunta' }, site).url).toBe(
      'https://hyvinvointipuu.example/sv/tapahtumat/kasvusto/liikunta.ics',
    );
  });

  test('webcal replaces only the scheme, of http as well as https', () => {
    expect(webcalOf('http://localhost:4321/tapahtumat.ics')).toBe('webcal://localhost:4321/tapahtumat.ics');
    expect(webcalOf('https://example.org/https/x.ics')).toBe('webcal://example.org/https/x.ics');
  });

  test('a municipality page links its own calendar and feed even with no events', () => {
    const page = buildMunicipalityPage(context('sv'), 'vimpeli', site);
    expect(page.events).toEqual([]);
    expect(page.calendarHref).toBe('/sv/vimpeli/tapahtumat/');
    expect(page.feeds.webcal).toBe('webcal://hyvinvointipuu.example/sv/vimpeli/tapahtumat.ics');
  });

  test('an upcoming event offers its calendar file and a past one does not', () => {
    expect(buildEventPage(context('en', BEFORE), 'alajarvi/aamiainen', site).calendarFile).toBe(
      '/en/alajarvi/tapahtumat/aamiainen.ics',
    );
    const past = buildEventPage(context('en', AFTER), 'alajarvi/aamiainen', site);
    expect(past.past).toBe(true);
    expect(past.calendarFile).toBeUndefined();
  });

  test('a feed of another edition names itself, links the pages in that edition and says its language', async () => {
    const ctx = context('en');
    const text = await eventFeed(ctx, ctx.t('calendar.feedName'), ctx.index.events, site).text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('name')).toBe('Events in Järviseutu');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/\/\/EN$/);
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).toBe(
      'https://hyvinvointipuu.example/en/alajarvi/tapahtumat/aamiainen/',
    );
  });
});
