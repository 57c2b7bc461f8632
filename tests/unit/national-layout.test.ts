import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/friendly-errors';
import { layoutProblems, type MunicipalityFile } from '~/lib/regions/layout-check';

const file = (region: string, id: string, regionCode: string): MunicipalityFile => ({
  region,
  id,
  regionCode,
  file: `alueet/${region}/municipalities/${id}.yaml`,
  line: 4,
});

describe('the check of a national layout', () => {
  test('finds nothing wrong when each municipality is in the folder of its own region, once', () => {
    expect(
      layoutProblems([
        file('etela-pohjanmaa', 'vimpeli', '14'),
        file('etela-pohjanmaa', 'soini', '14'),
        file('kainuu', 'kajaani', '18'),
      ]),
    ).toEqual([]);
  });

  test('names both files of a municipality that two regions claim', () => {
    const problems = layoutProblems([
      file('etela-pohjanmaa', 'vimpeli', '14'),
      file('keski-pohjanmaa', 'vimpeli', '14'),
      file('keski-pohjanmaa', 'kokkola', '16'),
      file('keski-pohjanmaa', 'kannus', '16'),
    ]);
    expect(problems.filter((problem) => problem.found.includes('sama kunta')).map((problem) => formatProblem(problem))).toEqual([
      'alueet/etela-pohjanmaa/municipalities/vimpeli.yaml:1 (tiedosto): löytyi sama kunta myös alueilla keski-pohjanmaa, odotettiin kunnan tiedostoa vain yhden alueen kansiossa',
      'alueet/keski-pohjanmaa/municipalities/vimpeli.yaml:1 (tiedosto): löytyi sama kunta myös alueilla etela-pohjanmaa, odotettiin kunnan tiedostoa vain yhden alueen kansiossa',
    ]);
  });

  test("names a municipality whose region code is not its folder's, and two folders of one region", () => {
    const problems = layoutProblems([
      file('etela-pohjanmaa', 'vimpeli', '14'),
      file('etela-pohjanmaa', 'soini', '14'),
      file('etela-pohjanmaa', 'kokkola', '16'),
      file('pohjanmaa-2', 'kaskinen', '14'),
    ]);
    expect(problems.map((problem) => formatProblem(problem))).toEqual([
      'alueet/etela-pohjanmaa/municipalities/kokkola.yaml:4 region.code: löytyi maakunnan koodi "16", odotettiin alueen etela-pohjanmaa muiden kuntien maakunnan koodia "14": kunta kuuluu toisen alueen kansioon',
      'alueet/etela-pohjanmaa/municipalities:1 region.code: löytyi sama maakunnan koodi kansioissa alueet/etela-pohjanmaa/, alueet/pohjanmaa-2/, odotettiin yhtä kansiota kutakin maakuntaa kohden (14)',
      'alueet/pohjanmaa-2/municipalities:1 region.code: löytyi sama maakunnan koodi kansioissa alueet/etela-pohjanmaa/, alueet/pohjanmaa-2/, odotettiin yhtä kansiota kutakin maakuntaa kohden (14)',
    ]);
  });
});
