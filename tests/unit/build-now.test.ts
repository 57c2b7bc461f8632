import { describe, expect, test } from 'vitest';
import { buildNow } from '~/config/now';

describe('the build’s "now"', () => {
  test('is the time HYVINVOINTIPUU_NOW fixes, or the Helsinki clock’s when it is unset or empty', () => {
    expect(buildNow({ HYVINVOINTIPUU_NOW: '2026-11-30 12:00' })).toBe('2026-11-30 12:00');
    expect(buildNow({})).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(buildNow({ HYVINVOINTIPUU_NOW: '' })).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  test('stops with the setting, what it holds and what it should hold, in Finnish unless asked otherwise', () => {
    expect(() => buildNow({ HYVINVOINTIPUU_NOW: '30.11.2026' })).toThrow(
      'Asetus HYVINVOINTIPUU_NOW: löytyi "30.11.2026", odotettiin aikaa muodossa VVVV-KK-PP TT:MM (Suomen aikaa), esimerkiksi 2018-04-17 09:00',
    );
    expect(() => buildNow({ HYVINVOINTIPUU_NOW: '2026-02-30 12:00', HYVINVOINTIPUU_MESSAGES: 'en' })).toThrow(
      'Setting HYVINVOINTIPUU_NOW: found "2026-02-30 12:00", expected a time written as YYYY-MM-DD HH:MM (Finnish time), such as 2018-04-17 09:00',
    );
    expect(() => buildNow({ HYVINVOINTIPUU_NOW: '2026-11-30' })).toThrow('HYVINVOINTIPUU_NOW');
  });
});
