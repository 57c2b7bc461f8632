import { describe, expect, test } from 'vitest';
import { createTranslator, dictionaries } from '../../src/lib/i18n';

describe('the UI dictionaries', () => {
  test.each(Object.entries(dictionaries).filter(([lang]) => lang !== 'fi'))(
    '%s has exactly the keys of Finnish',
    (_, dictionary) => {
      expect(Object.keys(dictionary!).sort()).toEqual(Object.keys(dictionaries.fi!).sort());
    },
  );

  test.each(Object.entries(dictionaries))('%s has no empty strings', (_, dictionary) => {
    expect(Object.entries(dictionary!).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  test('placeholders are filled and counts of one take the singular', () => {
    const t = createTranslator('fi');
    expect(t('counts.actors', { count: 3 })).toBe('3 toimijaa');
    expect(t('counts.actors', { count: 1 })).toBe('1 toimija');
    expect(createTranslator('en')('counts.fruits', { count: 0 })).toBe('0 fruits');
  });

  test('a language without its own dictionary reads Finnish', () => {
    expect(createTranslator('sv')('nav.home')).toBe('Etusivu');
  });
});
