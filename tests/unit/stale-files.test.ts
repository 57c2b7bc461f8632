import { describe, expect, test } from 'vitest';
import { staleFiles } from '~/lib/stale-files';

describe('the files a build leaves from earlier builds', () => {
  const startedAt = 1_000_000;
  const options = { startedAt, kept: new Set(['vimpeli/index.html']), isPublic: (path: string) => path === 'favicon.svg' };

  test('are those neither written by this build, nor kept by it, nor public', () => {
    const files = [
      { path: 'vimpeli/index.html', modified: 10 }, // copied from the cache: kept
      { path: 'alajarvi/index.html', modified: startedAt + 5 }, // written now
      { path: 'favicon.svg', modified: 10 }, // from public/
      { path: 'vimpeli/toimijat/poistettu/index.html', modified: 10 }, // its actor was removed
      { path: '_astro/BaseLayout.old.css', modified: 10 }, // older code
    ];
    expect(staleFiles(files, options)).toEqual(['_astro/BaseLayout.old.css', 'vimpeli/toimijat/poistettu/index.html']);
  });

  test('are none after a build that wrote everything', () => {
    expect(staleFiles([{ path: 'index.html', modified: startedAt }], options)).toEqual([]);
  });
});
