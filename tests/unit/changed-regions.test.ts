import { describe, expect, test } from 'vitest';
import { regionsToRebuild } from '~/lib/regions/changed-regions';

const regions = ['etela-pohjanmaa', 'kainuu', 'uusimaa'];

describe('the regions a change rebuilds', () => {
  test('are only the region whose own content changed', () => {
    expect(regionsToRebuild(['alueet/kainuu/actors/kunta-18-01/toimija-1.md'], regions)).toEqual(['kainuu']);
    expect(
      regionsToRebuild(['alueet/uusimaa/events/kunta-01-01/ilta.md', 'alueet/kainuu/municipalities/kunta-18-01.yaml'], regions),
    ).toEqual(['kainuu', 'uusimaa']);
  });

  test('are every region when the shared data, the code or the dependencies changed', () => {
    for (const path of [
      'yhteiset/branches/liikunta-ja-ulkoilu.yaml',
      'src/lib/urls.ts',
      'package-lock.json',
      'astro.config.mjs',
      'public/favicon.svg',
    ]) {
      expect(regionsToRebuild([path], regions)).toEqual(regions);
    }
  });

  test('are none when only documentation or tests changed, or a region that is not built', () => {
    expect(regionsToRebuild(['README.md', 'docs/hosting.md', 'tests/unit/urls.test.ts'], regions)).toEqual([]);
    expect(regionsToRebuild(['alueet/lappi/actors/x/y.md'], regions)).toEqual([]);
  });
});
