import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { icalendarFeed, type FeedEvent } from '~/lib/feeds/icalendar';

const events: FeedEvent[] = [
  {
    uid: 'vimpeli-aamiainen@hyvinvointipuu',
    title: 'Kumppanuusaamiainen',
    start: '2026-02-14 08:00',
    end: '2026-02-14 10:00',
    status: 'confirmed',
    location: 'Kunnantalo',
    url: 'https://example.org/vimpeli/tapahtumat/aamiainen/',
    summary: 'Aamiainen.',
  },
  {
    uid: 'soini-juhla@hyvinvointipuu',
    title: 'Juhlapäivä',
    start: '2026-06-20',
    status: 'reserved',
    location: 'Soini',
    url: 'https://example.org/soini/tapahtumat/juhla/',
    summary: 'Päivä on varattu.',
  },
  {
    uid: 'soini-kesa@hyvinvointipuu',
    title: 'Kesäilta',
    start: '2026-07-01 18:00',
    status: 'cancelled',
    location: 'Ranta',
    url: 'https://example.org/soini/tapahtumat/kesa/',
    summary: 'Peruttu.',
  },
];

/** Parses a feed with ical.js, an independent iCalendar parser (Mozilla's). */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar;
}

describe('the iCalendar feed', () => {
  const text = icalendarFeed(events, { name: 'Järviseudun tapahtumat', refreshHours: 12, now: '2026-01-15 12:00' });
  const calendar = parse(text);
  const vevents = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

  test('parses back with every event present', () => {
    expect(vevents.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });

  test('names itself and asks to be refreshed (RFC 7986)', () => {
    expect(calendar.getFirstPropertyValue('name')).toBe('Järviseudun tapahtumat');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT12H');
  });

  test('carries the Europe/Helsinki zone, and times resolve to the right instants', () => {
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Helsinki');
    expect(vevents[0]!.startDate.toJSDate().toISOString()).toBe('2026-02-14T06:00:00.000Z');
    expect(vevents[0]!.endDate.toJSDate().toISOString()).toBe('2026-02-14T08:00:00.000Z');
  });

  test('writes all-day events as dates, ending the next day', () => {
    expect(vevents[1]!.startDate.isDate).toBe(true);
    expect(vevents[1]!.startDate.toString()).toBe('2026-06-20');
    expect(vevents[1]!.endDate.toString()).toBe('2026-06-21');
  });

  test('puts the page link in DESCRIPTION as well as URL, and maps the status', () => {
    expect(vevents[0]!.description).toContain('https://example.org/vimpeli/tapahtumat/aamiainen/');
    expect(vevents[0]!.component.getFirstPropertyValue('url')).toBe('https://example.org/vimpeli/tapahtumat/aamiainen/');
    expect(vevents.map((event) => event.component.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'TENTATIVE',
      'CANCELLED',
    ]);
  });

  test('stamps events in UTC', () => {
    expect(text).toMatch(/^DTSTAMP:20260115T100000Z$/m);
  });
});
