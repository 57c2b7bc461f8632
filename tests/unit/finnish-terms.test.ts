import { describe, expect, test } from 'vitest';
import { compoundTail, extraFormsByWord, extraTerms, inenForms, keyOf, vocabularyOf, wordsOf } from '~/lib/search/finnish-terms';
import { indexedText, pagefindDocument, withExtraForms } from '~/lib/search/page-text';

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

  /** The indexed element of the document that Pagefind is given for a page of `content`. */
  const sentToPagefind = (content: string) =>
    /<main data-pagefind-body>.*<\/main>/.exec(
      pagefindDocument(`<html lang="fi"><main data-pagefind-body>${content}</main></html>`)!,
    )?.[0];

  test('keeps labels apart from their values', () => {
    expect(sentToPagefind('<dl><dt>Ajankohta</dt><dd>14.2.2018</dd><dt>Paikka</dt><dd>Soini</dd></dl>')).toBe(
      '<main data-pagefind-body><dl><dt>Ajankohta</dt>: <dd>14.2.2018</dd> <dt>Paikka</dt>: <dd>Soini</dd> </dl></main>',
    );
    expect(sentToPagefind('<ul><li>Vimpeli</li><li>Soini</li></ul>')).toBe(
      '<main data-pagefind-body><ul><li>Vimpeli</li> <li>Soini</li> </ul></main>',
    );
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

  test('keeps the words of neighbouring elements apart', () => {
    const page = '<main data-pagefind-body><p>Kylätalo<br>Soini</p><p>Kokous</p><div>klo 18</div></main>';
    expect(indexedText(page)).toBe('Kylätalo Soini Kokous klo 18');
  });

  test('reads a tag character inside an attribute value as part of the value', () => {
    const page =
      '<html lang="fi"><main title="1 > 0" data-pagefind-body><p>Kuoro</p>' +
      '<div data-note="a > b" data-pagefind-ignore>Valikko</div></main></html>';
    expect(indexedText(page)).toBe('Kuoro');
    expect(pagefindDocument(page)).toContain('<main title="1 > 0" data-pagefind-body><p>Kuoro</p> </main>');
    // An attribute that only mentions the marker marks nothing.
    expect(indexedText('<main title="see data-pagefind-body"><p>Ei indeksoida</p></main>')).toBeUndefined();
  });

  test('skips comments and scripts even when they hold markup', () => {
    const page =
      '<html lang="fi"><main data-pagefind-body><!-- <div> </main> --><p>Kuoro</p>' +
      '<script type="application/ld+json">{"name": "</div><p>Ei</p>"}</script><p>laulaa</p></main></html>';
    expect(indexedText(page)).toBe('Kuoro laulaa');
    expect(indexedText(pagefindDocument(page)!)).toBe('Kuoro laulaa');
  });

  test('leaves out an ignored element with everything nested in it, elements of its own kind too', () => {
    const page =
      '<main data-pagefind-body><section data-pagefind-ignore><section><p>Puu</p></section>' +
      '<section>Oksa</section></section><p>Kuoro</p><section>laulaa</section></main>';
    expect(indexedText(page)).toBe('Kuoro laulaa');
    // An element the page leaves open ends where its parent ends, as in a browser.
    expect(indexedText('<main data-pagefind-body><p data-pagefind-ignore>Puu<p>Kuoro</main><p>Alatunniste')).toBe('Kuoro');
  });

  test('keeps an ignored element that holds filters or metadata for Pagefind, though not in the text', () => {
    const content =
      '<div hidden data-pagefind-ignore><div data-pagefind-ignore>Puu</div>' +
      '<span data-pagefind-filter="Kunta">Soini</span></div><p>Kuoro</p>';
    expect(indexedText(`<main data-pagefind-body>${content}</main>`)).toBe('Kuoro');
    expect(sentToPagefind(content)).toBe(
      '<main data-pagefind-body><div hidden data-pagefind-ignore> <span data-pagefind-filter="Kunta">Soini</span></div><p>Kuoro</p></main>',
    );
  });

  test('decodes every character reference once', () => {
    const page = '<main data-pagefind-body><p>P&auml;&auml;sy &#38;lt;vapaa&#38;gt; &amp; Soini&#39;s&nbsp;kuoro</p></main>';
    expect(indexedText(page)).toBe("Pääsy &lt;vapaa&gt; & Soini's kuoro");
  });

  test('gains the extra forms at the end of the indexed element, wherever its end tag is', () => {
    const page = '<main data-pagefind-body title="</main>"><p>Aamiainen</p><!-- </main> --></main><p>Alatunniste</p>';
    expect(withExtraForms(page, ['aamiaiset'])).toBe(
      '<main data-pagefind-body title="</main>"><p>Aamiainen</p><!-- </main> -->' +
        '<div hidden data-pagefind-ignore><span data-pagefind-meta="forms">aamiaiset</span></div></main><p>Alatunniste</p>',
    );
  });
});
