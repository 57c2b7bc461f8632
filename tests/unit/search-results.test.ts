import { describe, expect, test } from 'vitest';
import {
  chosenFilters,
  emptyPagesLast,
  excerptParts,
  resultMessage,
  servedMunicipality,
  suggestedBranches,
  withSearchTerm,
} from '~/lib/search/results';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import type { ExcerptNode } from '~/lib/search/results';

/** A node's text, as the DOM's `textContent` gives it. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The excerpt's top-level nodes as the browser's parser gives them, made here with a parser for Node. */
function parsed(excerpt: string): ExcerptNode[] {
  return fromHtml(excerpt, { fragment: true }).children.map((node) => ({
    nodeName: node.type === 'element' ? node.tagName.toUpperCase() : '#text',
    textContent: textOf(node),
  }));
}

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
    expect(excerptParts(parsed('Kylän <mark>kuoro</mark> laulaa &lt;script&gt; &amp; soittaa'))).toEqual([
      { text: 'Kylän ', marked: false },
      { text: 'kuoro', marked: true },
      { text: ' laulaa <script> & soittaa', marked: false },
    ]);
    expect(excerptParts(parsed('<img src=x onerror=alert(1)>teksti<b>!</b>'))).toEqual([
      { text: 'teksti', marked: false },
      { text: '!', marked: false },
    ]);
  });

  test('asks Pagefind only for the filters that have a value', () => {
    const filters = [
      { key: 'kunta', name: 'Kunta' },
      { key: 'kasvusto', name: 'Kasvusto' },
    ];
    expect(chosenFilters(new URLSearchParams('q=seura&kunta=Soini&kasvusto='), filters)).toEqual({ Kunta: 'Soini' });
  });

  test('says a regional actor matches a municipality filter because it also works there', () => {
    const keys = { municipality: 'kunta', serves: 'serves' };
    const regional = { title: 'Elinvoimaa kuntiin -hanke', kunta: 'Alajärvi', serves: 'Vimpeli, Soini' };
    expect(servedMunicipality(regional, 'Vimpeli', keys)).toBe('Vimpeli');
    expect(servedMunicipality(regional, 'Alajärvi', keys)).toBeUndefined();
    expect(servedMunicipality(regional, undefined, keys)).toBeUndefined();
    expect(servedMunicipality({ kunta: 'Vimpeli' }, 'Soini', keys)).toBeUndefined();
  });

  test('suggests the branches a word begins like, or else the main branches', () => {
    const branches = [
      { name: 'Liikunta ja ulkoilu', description: 'Urheiluseurat ja ulkoilureitit.', main: true },
      { name: 'Lapset, nuoret ja perheet', description: 'Perhetoiminta ja partio.', main: true },
      { name: 'Vapaaehtoistoiminta', description: 'Vapaaehtoiset ja talkoot.', main: false },
    ];
    expect(suggestedBranches('liikuntaa', branches).map((branch) => branch.name)).toEqual(['Liikunta ja ulkoilu']);
    expect(suggestedBranches('vapaaehtoinen', branches).map((branch) => branch.name)).toEqual(['Vapaaehtoistoiminta']);
    expect(suggestedBranches('xyzzy', branches).map((branch) => branch.name)).toEqual([
      'Liikunta ja ulkoilu',
      'Lapset, nuoret ja perheet',
    ]);
  });

  test('lists empty branch pages after the pages with content, otherwise in the order found', () => {
    const found = ['a', 'tyhja1', 'b', 'tyhja2', 'c'].map((id) => ({ id }));
    const empty = [{ id: 'tyhja2' }, { id: 'tyhja1' }];
    expect(emptyPagesLast(found, empty).map((result) => result.id)).toEqual(['a', 'b', 'c', 'tyhja1', 'tyhja2']);
    expect(emptyPagesLast(found, [])).toEqual(found);
  });

  test('keeps the search words in a link to another edition', () => {
    expect(withSearchTerm('/sv/haku/', 'kuoro')).toBe('/sv/haku/?q=kuoro');
    expect(withSearchTerm('/en/haku/?q=old', 'perhe')).toBe('/en/haku/?q=perhe');
    expect(withSearchTerm('/sv/haku/?q=old', '')).toBe('/sv/haku/');
  });
});
