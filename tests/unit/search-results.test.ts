import { describe, expect, test } from 'vitest';
import { chosenFilters, excerptParts, resultMessage } from '../../src/lib/search/results';

const texts = {
  zero: 'Haulla [SEARCH_TERM] ei löytynyt tuloksia',
  one: '[COUNT] tulos haulla [SEARCH_TERM]',
  many: '[COUNT] tulosta haulla [SEARCH_TERM]',
  filtered: '[COUNT] tulosta rajauksilla',
};

describe('the search page', () => {
  test('says how many results a search found, in the singular for one', () => {
    expect(resultMessage(texts, 'kuoro', 0)).toBe('Haulla kuoro ei löytynyt tuloksia');
    expect(resultMessage(texts, 'kuoro', 1)).toBe('1 tulos haulla kuoro');
    expect(resultMessage(texts, 'kuoro', 12)).toBe('12 tulosta haulla kuoro');
    expect(resultMessage(texts, '', 7)).toBe('7 tulosta rajauksilla');
  });

  test('turns an excerpt into text and highlighted words, never into markup', () => {
    expect(excerptParts('Kylän <mark>kuoro</mark> laulaa &lt;script&gt; &amp; soittaa')).toEqual([
      { text: 'Kylän ', marked: false },
      { text: 'kuoro', marked: true },
      { text: ' laulaa <script> & soittaa', marked: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>teksti')).toEqual([{ text: 'teksti', marked: false }]);
  });

  test('asks Pagefind only for the filters that have a value', () => {
    const filters = [
      { key: 'kunta', name: 'Kunta' },
      { key: 'kasvusto', name: 'Kasvusto' },
    ];
    expect(chosenFilters(new URLSearchParams('q=seura&kunta=Soini&kasvusto='), filters)).toEqual({ Kunta: 'Soini' });
  });
});
