import { describe, expect, test } from 'vitest';
import { helsinkiToInstant, isBefore, isRealCalendarDate, isRealLocalDateTime, toIsoWithOffset } from '~/lib/helsinki-time';

describe('Helsinki wall-clock times', () => {
  test('winter times are two hours ahead of UTC', () => {
    expect(helsinkiToInstant('2018-02-14 09:00').toISOString()).toBe('2018-02-14T07:00:00.000Z');
  });

  test('summer times are three hours ahead of UTC', () => {
    expect(helsinkiToInstant('2018-04-17 09:00').toISOString()).toBe('2018-04-17T06:00:00.000Z');
  });

  test('a bare date means its midnight in Helsinki', () => {
    expect(helsinkiToInstant('2017-12-13').toISOString()).toBe('2017-12-12T22:00:00.000Z');
  });

  test('the hour that repeats in autumn reads as its first occurrence', () => {
    // 28 October 2018: clocks went from 04:00 back to 03:00.
    expect(helsinkiToInstant('2018-10-28 03:30').toISOString()).toBe('2018-10-28T00:30:00.000Z');
  });

  test('the hour skipped in spring is read with the winter offset', () => {
    // 25 March 2018: clocks jumped from 03:00 to 04:00, so 03:30 never happened.
    expect(helsinkiToInstant('2018-03-25 03:30').toISOString()).toBe('2018-03-25T01:30:00.000Z');
  });

  test('machine-readable times carry the offset in force on that day', () => {
    expect(toIsoWithOffset('2018-02-14 09:00')).toBe('2018-02-14T09:00:00+02:00');
    expect(toIsoWithOffset('2018-04-17 09:00')).toBe('2018-04-17T09:00:00+03:00');
    expect(toIsoWithOffset('2018-04-17')).toBe('2018-04-17');
  });

  test('rejects dates and times that do not exist', () => {
    expect(isRealCalendarDate('2018-02-29')).toBe(false);
    expect(isRealCalendarDate('2020-02-29')).toBe(true);
    expect(isRealLocalDateTime('2018-02-14 24:00')).toBe(false);
    expect(isRealLocalDateTime('2018-02-14 23:59')).toBe(true);
  });

  test('an all-day date sorts before the times of the same day', () => {
    expect(isBefore('2018-04-17', '2018-04-17 00:00')).toBe(false);
    expect(isBefore('2018-04-17', '2018-04-17 09:00')).toBe(true);
    expect(isBefore('2018-04-17 10:00', '2018-04-17 09:00')).toBe(false);
  });
});
