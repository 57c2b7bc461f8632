import { describe, expect, test } from 'vitest';
import { findClashes, timeWindow, type ClashEvent, type ClashRules } from '~/lib/events/clashes';

const rules: ClashRules = { defaultDurationMinutes: 120, sameMunicipality: true, sameVenue: true, sameAudience: true };

function event(id: string, start: string, end?: string, fields: Partial<ClashEvent> = {}): ClashEvent {
  return { id, start, end, municipality: 'vimpeli', audience: ['adults'], status: 'confirmed', ...fields };
}

const pairs = (events: ClashEvent[], custom = rules) =>
  findClashes(events, custom).map((clash) => `${clash.first}+${clash.second}:${clash.reasons.join(',')}`);

describe('the clash rule', () => {
  test('intervals that only touch do not clash', () => {
    expect(
      pairs([event('a', '2026-06-01 10:00', '2026-06-01 12:00'), event('b', '2026-06-01 12:00', '2026-06-01 14:00')]),
    ).toEqual([]);
  });

  test('intervals that intersect by a minute clash, naming what they share', () => {
    expect(
      pairs([event('a', '2026-06-01 10:00', '2026-06-01 12:01'), event('b', '2026-06-01 12:00', '2026-06-01 14:00')]),
    ).toEqual(['a+b:municipality,audience']);
  });

  test('events that share nothing do not clash even at the same time', () => {
    const other = { municipality: 'soini', audience: ['children'] };
    expect(
      pairs([event('a', '2026-06-01 10:00', '2026-06-01 12:00'), event('b', '2026-06-01 10:00', '2026-06-01 12:00', other)]),
    ).toEqual([]);
  });

  test('the same venue is a clash across municipalities, when the rule asks for it', () => {
    const a = event('a', '2026-06-01 10:00', '2026-06-01 12:00', { venue: 'seurantalo', audience: ['children'] });
    const b = event('b', '2026-06-01 11:00', '2026-06-01 13:00', { venue: 'seurantalo', municipality: 'soini' });
    expect(pairs([a, b])).toEqual(['a+b:venue']);
    expect(pairs([a, b], { ...rules, sameVenue: false })).toEqual([]);
  });

  test('an all-day event clashes with a timed one on the same day, not on the next', () => {
    expect(pairs([event('paiva', '2026-06-01'), event('ilta', '2026-06-01 18:00', '2026-06-01 20:00')])).toEqual([
      'paiva+ilta:municipality,audience',
    ]);
    expect(pairs([event('paiva', '2026-06-01'), event('aamu', '2026-06-02 00:00', '2026-06-02 02:00')])).toEqual([]);
  });

  test('an event across midnight clashes with the next morning', () => {
    const night = event('yo', '2026-06-01 22:00', '2026-06-02 02:00');
    expect(pairs([night, event('aamu', '2026-06-02 01:00', '2026-06-02 03:00')])).toEqual(['yo+aamu:municipality,audience']);
    expect(pairs([night, event('myohemmin', '2026-06-02 02:00', '2026-06-02 04:00')])).toEqual([]);
  });

  test('the night summer time starts is 23 hours long for an all-day event', () => {
    // 29 March 2026: clocks go from 03:00 to 04:00 in Finland.
    const [start, end] = timeWindow({ start: '2026-03-29' }, rules);
    expect((end - start) / 3_600_000).toBe(23);
    expect(pairs([event('paiva', '2026-03-29'), event('yo', '2026-03-29 23:30', '2026-03-30 00:30')])).toEqual([
      'paiva+yo:municipality,audience',
    ]);
    expect(pairs([event('paiva', '2026-03-29'), event('seuraava', '2026-03-30 00:00', '2026-03-30 01:00')])).toEqual([]);
  });

  test('the night summer time ends is 25 hours long, and its repeated hour is not counted twice', () => {
    // 25 October 2026: clocks go from 04:00 back to 03:00.
    const [start, end] = timeWindow({ start: '2026-10-25' }, rules);
    expect((end - start) / 3_600_000).toBe(25);
    const [from, to] = timeWindow({ start: '2026-10-25 02:00', end: '2026-10-25 05:00' }, rules);
    expect((to - from) / 3_600_000).toBe(4);
  });

  test('a timed event without an end lasts the configured default', () => {
    const a = event('a', '2026-06-01 10:00');
    expect(pairs([a, event('b', '2026-06-01 11:59', '2026-06-01 13:00')])).toEqual(['a+b:municipality,audience']);
    expect(pairs([a, event('b', '2026-06-01 12:00', '2026-06-01 13:00')])).toEqual([]);
    expect(pairs([a, event('b', '2026-06-01 10:30', '2026-06-01 13:00')], { ...rules, defaultDurationMinutes: 15 })).toEqual([]);
  });

  test('cancelled events clash with nothing; reserved dates do', () => {
    expect(pairs([event('a', '2026-06-01', undefined, { status: 'cancelled' }), event('b', '2026-06-01')])).toEqual([]);
    expect(pairs([event('a', '2026-06-01', undefined, { status: 'reserved' }), event('b', '2026-06-01')])).toEqual([
      'a+b:municipality,audience',
    ]);
  });

  test('"everyone" shares the audience of any event', () => {
    const a = event('a', '2026-06-01 10:00', '2026-06-01 12:00', { audience: ['everyone'], municipality: 'soini' });
    expect(pairs([a, event('b', '2026-06-01 11:00', '2026-06-01 12:00', { audience: ['children'] })])).toEqual(['a+b:audience']);
  });

  test('finds every pair among many events at once', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      event(`e${i}`, `2026-06-${String(1 + (i % 28)).padStart(2, '0')} 10:00`, undefined, { municipality: `k${i % 7}` }),
    );
    const brute = many.flatMap((a, i) =>
      many.slice(i + 1).filter((b) => a.start === b.start && a.municipality === b.municipality),
    );
    expect(findClashes(many, { ...rules, sameAudience: false })).toHaveLength(brute.length);
  });
});
