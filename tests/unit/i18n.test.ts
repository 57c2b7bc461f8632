import { describe, expect, test } from 'vitest';
import { createTranslator, dictionaries } from '~/lib/i18n';
import { languages } from '~/i18n/languages';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('the UI dictionaries', () => {
  test('every language of the site has a dictionary', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...languages].sort());
  });

  test.each(languages.filter((lang) => lang !== 'fi'))('%s has exactly the keys of Finnish', (lang) => {
    const missing = Object.keys(dictionaries.fi).filter((key) => !(key in dictionaries[lang]));
    const extra = Object.keys(dictionaries[lang]).filter((key) => !(key in dictionaries.fi));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test.each(languages.filter((lang) => lang !== 'fi'))('%s fills the same placeholders as Finnish', (lang) => {
    const different = Object.keys(dictionaries.fi).filter(
      (key) => placeholders(dictionaries.fi[key]!).join() !== placeholders(dictionaries[lang][key] ?? '').join(),
    );
    expect(different).toEqual([]);
  });

  test.each(Object.entries(dictionaries))('%s has no empty strings', (_, dictionary) => {
    expect(Object.entries(dictionary!).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  test('placeholders are filled and counts of one take the singular', () => {
    const t = createTranslator('fi');
    expect(t('counts.actors', { count: 3 })).toBe('3 toimijaa');
    expect(t('counts.actors', { count: 1 })).toBe('1 toimija');
    expect(createTranslator('en')('counts.fruits', { count: 0 })).toBe('0 fruits');
  });

  test('each edition reads its own language', () => {
    expect([createTranslator('fi')('nav.home'), createTranslator('sv')('nav.home'), createTranslator('en')('nav.home')]).toEqual([
      'Etusivu',
      dictionaries.sv['nav.home'],
      'Home',
    ]);
    expect(dictionaries.sv['nav.home']).not.toBe('Etusivu');
  });
});
