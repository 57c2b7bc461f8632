import { describe, expect, test } from 'vitest';
import { isStale, monthsBetween, staleEntries } from '~/lib/verification';

describe('verification', () => {
  test('counts whole months, a month only once its day has come', () => {
    expect(monthsBetween('2025-11-30', '2026-11-30')).toBe(12);
    expect(monthsBetween('2025-11-30', '2026-11-29')).toBe(11);
    expect(monthsBetween('2018-06-13', '2026-11-30')).toBe(101);
  });

  test('calls details stale once they are as many whole months old as the limit allows', () => {
    expect(isStale('2025-11-30', '2026-11-30', 12)).toBe(true);
    expect(isStale('2025-11-30', '2026-11-29', 12)).toBe(false);
  });

  test('lists entries at or over the limit, oldest first, without defunct ones', () => {
    const entries = [
      { id: 'a/uusi', name: 'Uusi', verified: '2026-06-01', status: 'active' },
      { id: 'a/vanha', name: 'Vanha', verified: '2018-06-13', status: 'active' },
      { id: 'a/vuosi', name: 'Vuosi', verified: '2025-11-30', status: 'inactive' },
      { id: 'a/lopettanut', name: 'Lopettanut', verified: '2010-01-01', status: 'defunct' },
    ];
    expect(staleEntries(entries, '2026-11-30', 12).map((entry) => [entry.name, entry.ageMonths])).toEqual([
      ['Vanha', 101],
      ['Vuosi', 12],
    ]);
  });
});
