import { describe, expect, test } from 'vitest';
import { correctionLinks } from '~/lib/corrections';

const entry = {
  collection: 'actors',
  id: 'vimpeli/spr-vimpelin-osasto',
  title: 'SPR:n Vimpelin osasto',
  pageUrl: 'https://example.org/vimpeli/toimijat/spr-vimpelin-osasto/',
  municipalityWebsite: 'https://www.vimpeli.fi/',
  lang: 'fi' as const,
};

describe('suggesting a correction', () => {
  test('offers staff the entry in the editor and everyone the form when a repository is configured', () => {
    const links = correctionLinks({ repository: 'https://github.com/kunta/hyvinvointipuu/', branch: 'main' }, entry);
    expect(links.map((link) => [link.kind, link.audience])).toEqual([
      ['editor', 'staff'],
      ['form', 'everyone'],
      ['issue', 'everyone'],
    ]);
    expect(links[0]!.href).toBe('/hallinta/#/collections/actors/entries/vimpeli/spr-vimpelin-osasto');
    expect(links[1]!.href).toBe('/ilmoita/korjaus/?kohde=actors/vimpeli/spr-vimpelin-osasto');
    expect(new URL(links[2]!.href).searchParams.get('title')).toBe('Korjaus: SPR:n Vimpelin osasto');
  });

  test('opens the form in the edition of the page', () => {
    const links = correctionLinks({ branch: 'main' }, { ...entry, lang: 'sv' });
    expect(links[0]).toEqual({
      kind: 'form',
      audience: 'everyone',
      href: '/sv/ilmoita/korjaus/?kohde=actors/vimpeli/spr-vimpelin-osasto',
    });
  });

  test("writes the issue in GitLab's own words for a GitLab repository", () => {
    const links = correctionLinks({ repository: 'https://gitlab.kunta.fi/verkko/hyvinvointipuu', branch: 'main' }, entry);
    const issue = new URL(links.find((link) => link.kind === 'issue')!.href);
    expect(issue.pathname).toBe('/verkko/hyvinvointipuu/-/issues/new');
    expect(issue.searchParams.get('issue[title]')).toBe('Korjaus: SPR:n Vimpelin osasto');
  });

  test('offers email after the form, with the entry named', () => {
    const links = correctionLinks({ repository: undefined, branch: 'main', email: 'korjaukset@example.org' }, entry);
    expect(links).toEqual([
      { kind: 'form', audience: 'everyone', href: '/ilmoita/korjaus/?kohde=actors/vimpeli/spr-vimpelin-osasto' },
      {
        kind: 'email',
        audience: 'everyone',
        href: 'mailto:korjaukset@example.org?subject=Korjaus%3A%20SPR%3An%20Vimpelin%20osasto&body=https%3A%2F%2Fexample.org%2Fvimpeli%2Ftoimijat%2Fspr-vimpelin-osasto%2F',
      },
    ]);
  });

  test("offers the form and the municipality's website when nothing is configured", () => {
    expect(correctionLinks({ branch: 'main' }, entry).map((link) => [link.kind, link.href])).toEqual([
      ['form', '/ilmoita/korjaus/?kohde=actors/vimpeli/spr-vimpelin-osasto'],
      ['municipality', 'https://www.vimpeli.fi/'],
    ]);
  });

  test('does not offer the editor for an address that is not a repository', () => {
    expect(correctionLinks({ repository: 'kunta/hyvinvointipuu', branch: 'main' }, entry).map((link) => link.kind)).toEqual([
      'form',
      'municipality',
    ]);
  });
});
