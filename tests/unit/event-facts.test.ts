import { describe, expect, test } from 'vitest';
import { isUpcoming } from '~/lib/events/event-facts';

describe('which events are upcoming', () => {
  const now = '2026-06-12 19:00';

  test('an event is upcoming until it ends, unless it is cancelled', () => {
    // Ended: an evening event over before now, and an all-day event on an earlier day.
    expect(isUpcoming({ start: '2026-06-12 16:00', end: '2026-06-12 18:00', status: 'confirmed' }, now)).toBe(false);
    expect(isUpcoming({ start: '2026-06-11', status: 'confirmed' }, now)).toBe(false);
    // Under way: started but not ended, or an all-day event today.
    expect(isUpcoming({ start: '2026-06-12 18:00', end: '2026-06-12 20:00', status: 'confirmed' }, now)).toBe(true);
    expect(isUpcoming({ start: '2026-06-12', status: 'reserved' }, now)).toBe(true);
    // Still to come, whether confirmed or only a reserved date.
    expect(isUpcoming({ start: '2026-07-01 08:00', status: 'confirmed' }, now)).toBe(true);
    expect(isUpcoming({ start: '2026-07-01', status: 'reserved' }, now)).toBe(true);
    // Cancelled: never upcoming, however far ahead.
    expect(isUpcoming({ start: '2026-07-01 08:00', status: 'cancelled' }, now)).toBe(false);
    expect(isUpcoming({ start: '2026-06-12 18:00', end: '2026-06-12 20:00', status: 'cancelled' }, now)).toBe(false);
  });
});
