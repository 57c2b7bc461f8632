import { describe, expect, test } from 'vitest';
import { correctionLinks } from '../../src/lib/corrections';

const entry = {
  file: 'content/actors/vimpeli/spr-vimpelin-osasto.md',
  title: 'SPR:n Vimpelin osasto',
  pageUrl: 'https://example.org/vimpeli/toimijat/spr-vimpelin-osasto/',
  municipalityWebsite: 'https://www.vimpeli.fi/',
};

describe('suggesting a correction', () => {
  test('opens the file in the forge editor and a new issue when a repository is configured', () => {
    const links = correctionLinks({ repository: 'https://github.com/kunta/hyvinvointipuu/', branch: 'main' }, entry);
    expect(links.map((link) => link.kind)).toEqual(['edit', 'issue']);
    expect(links[0]!.href).toBe(
      'https://github.com/kunta/hyvinvointipuu/edit/main/content/actors/vimpeli/spr-vimpelin-osasto.md',
    );
    expect(new URL(links[1]!.href).searchParams.get('title')).toBe('Korjaus: SPR:n Vimpelin osasto');
  });

  test('offers email as well, with the entry named', () => {
    const links = correctionLinks({ repository: undefined, branch: 'main', email: 'korjaukset@example.org' }, entry);
    expect(links).toEqual([
      {
        kind: 'email',
        href: 'mailto:korjaukset@example.org?subject=Korjaus%3A%20SPR%3An%20Vimpelin%20osasto&body=https%3A%2F%2Fexample.org%2Fvimpeli%2Ftoimijat%2Fspr-vimpelin-osasto%2F',
      },
    ]);
  });

  test("falls back to the municipality's website when nothing is configured", () => {
    expect(correctionLinks({ branch: 'main' }, entry)).toEqual([{ kind: 'municipality', href: 'https://www.vimpeli.fi/' }]);
  });
});
