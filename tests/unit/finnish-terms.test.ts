import { describe, expect, test } from 'vitest';
import {
  compoundTail,
  extraFormsByWord,
  extraTerms,
  inenForms,
  keyOf,
  vocabularyOf,
  wordsOf,
} from '../../src/lib/search/finnish-terms';
import { indexedText, pagefindDocument, separated, withExtraForms } from '../../src/lib/search/page-text';

describe('Finnish search terms', () => {
  test('bring the forms of an -inen word to one key', () => {
    expect(['aamiainen', 'aamiaiset', 'aamiaisen', 'aamiaisessa', 'aamiaisten'].map(keyOf)).toEqual(Array(5).fill('aamiais'));
  });

  test('leave other words with their ordinary stem', () => {
    expect(keyOf('kylässä')).toBe('kylä');
    expect(keyOf('yhdistyksen')).toBe('yhdistyks');
    expect(keyOf('talo')).toBe('talo');
  });

  test('give the singular and plural of -inen words only', () => {
    expect(inenForms('aamiaiset')).toEqual(['aamiainen', 'aamiaiset']);
    expect(inenForms('aamiaisilla')).toEqual(['aamiainen', 'aamiaiset']);
    expect(inenForms('vapaaehtoinen')).toEqual(['vapaaehtoinen', 'vapaaehtoiset']);
    expect(inenForms('yhdistysten')).toEqual([]);
    expect(inenForms('kylä')).toEqual([]);
  });

  test('give no -inen forms for a verb whose ending an -inen word shares', () => {
    const vocabulary = vocabularyOf(['Tapahtumista päätettäisiin yhdessä', 'Aamiaisiin tultiin, aamiaisessa puhuttiin']);
    expect(inenForms('päätettäisiin', vocabulary)).toEqual([]);
    expect(extraFormsByWord('Tapahtumista päätettäisiin yhdessä', vocabulary).has('päätettäisiin')).toBe(false);
    // The same ending counts when the site also spells the word as an -inen word.
    expect(inenForms('aamiaisiin', vocabulary)).toEqual(['aamiainen', 'aamiaiset']);
    expect(inenForms('aamiaisiin')).toEqual([]);
  });

  test('split a compound at a word the site uses on its own', () => {
    const vocabulary = vocabularyOf(['Aamiaiset ja seurat', 'Nuorisoseura ry']);
    expect(compoundTail('kumppanuusaamiainen', vocabulary)).toBe('aamiais');
    expect(compoundTail('kumppanuusaamiaisessa', vocabulary)).toBe('aamiais');
    expect(compoundTail('nuorisoseuran', vocabulary)).toBe('seura');
    // A part must leave at least three letters in front and be five letters long.
    expect(compoundTail('seuran', vocabulary)).toBeUndefined();
    expect(compoundTail('kahvila', vocabulary)).toBeUndefined();
  });

  test('give the base form of an -inen word that starts a compound', () => {
    const vocabulary = vocabularyOf(['Vapaaehtoistoiminta ja toiminta']);
    expect(extraFormsByWord('Vapaaehtoistoiminta', vocabulary).get('vapaaehtoistoiminta')).toEqual([
      'toiminta',
      'vapaaehtoinen',
      'vapaaehtoiset',
    ]);
  });

  test('add only words the page lacks', () => {
    const vocabulary = vocabularyOf(['Kumppanuusaamiainen Lappajärvellä', 'Aamiaiset kunnissa']);
    expect(extraTerms('Kumppanuusaamiainen Lappajärvellä', vocabulary)).toEqual([
      'aamiainen',
      'aamiaiset',
      'kumppanuusaamiaiset',
    ]);
    expect(extraFormsByWord('Kumppanuusaamiainen', vocabulary).get('kumppanuusaamiainen')).toEqual([
      'aamiainen',
      'aamiaiset',
      'kumppanuusaamiaiset',
    ]);
  });

  test('read Finnish letters as parts of words', () => {
    expect(wordsOf('Etelä-Pohjalaiset Kylät ry, 150-vuotis')).toEqual(['etelä', 'pohjalaiset', 'kylät', 'vuotis']);
  });
});

describe('the text Pagefind indexes', () => {
  const html =
    '<html><body><header>Valikko</header><main data-pagefind-body><h1>Kumppanuusaamiainen</h1>' +
    '<figure data-pagefind-ignore><section><p>Puu</p></section></figure><p>Aamiaiset &amp; kahvit</p>' +
    '<div hidden data-pagefind-ignore><span data-pagefind-meta="title">Kumppanuusaamiainen</span></div></main><footer>Alatunniste</footer></body></html>';

  test('is the indexed element without ignored parts and page chrome', () => {
    expect(indexedText(html)).toBe('Kumppanuusaamiainen Aamiaiset & kahvit');
    expect(indexedText('<main><p>Ei indeksoida</p></main>')).toBeUndefined();
  });

  test('gains the extra forms as a metadata field that results never show, not as text', () => {
    const indexed = withExtraForms(html, ['aamiainen', 'aamiaiset']);
    expect(indexed).toContain(
      '<div hidden data-pagefind-ignore><span data-pagefind-meta="forms">aamiainen aamiaiset</span></div></main>',
    );
    // The text Pagefind excerpts stays the page's own, and nothing outside the indexed element changes.
    expect(indexedText(indexed)).toBe(indexedText(html));
    expect(
      indexed.replace('<div hidden data-pagefind-ignore><span data-pagefind-meta="forms">aamiainen aamiaiset</span></div>', ''),
    ).toBe(html);
    expect(withExtraForms(html, [])).toBe(html);
  });

  test('keeps labels apart from their values', () => {
    expect(separated('<dl><dt>Ajankohta</dt><dd>14.2.2018</dd><dt>Paikka</dt><dd>Soini</dd></dl>')).toBe(
      '<dl><dt>Ajankohta</dt>: <dd>14.2.2018</dd> <dt>Paikka</dt>: <dd>Soini</dd> </dl>',
    );
    expect(separated('<ul><li>Vimpeli</li><li>Soini</li></ul>')).toBe('<ul><li>Vimpeli</li> <li>Soini</li> </ul>');
    const page = '<html lang="fi"><main data-pagefind-body><dl><dt>Aika</dt><dd>13.12.2017</dd></dl></main></html>';
    expect(indexedText(pagefindDocument(page)!)).toBe('Aika : 13.12.2017');
  });

  test('is sent to Pagefind as a small page: the language and the indexed element, with its filters and metadata', () => {
    const page = html.replace('<html>', '<html lang="sv">');
    const document = pagefindDocument(page)!;
    expect(document).toBe(
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body><main data-pagefind-body>' +
        '<h1>Kumppanuusaamiainen</h1> <p>Aamiaiset &amp; kahvit</p>' +
        '<div hidden data-pagefind-ignore><span data-pagefind-meta="title">Kumppanuusaamiainen</span></div></main></body></html>',
    );
    // What Pagefind would index from it is what the published page gives.
    expect(indexedText(document)).toBe(indexedText(page));
    expect(pagefindDocument('<html lang="fi"><main><p>Ei indeksoida</p></main></html>')).toBeUndefined();
  });
});
