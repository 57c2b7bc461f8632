import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSettings, settingNames } from '~/config/settings';
import { editionLanguages, languages } from '~/i18n/languages';

const projectRoot = new URL('../../', import.meta.url).pathname;

describe('the settings', () => {
  test('are the defaults when nothing is set: every edition, the main branch, Finnish messages, CC BY 4.0', () => {
    const settings = readSettings({ HYVINVOINTIPUU_NOW: '2026-11-30 12:00' }, '/sivu');
    expect(settings).toEqual({
      contentRoot: '/sivu/content',
      contentRoots: { own: '/sivu/content', shared: '/sivu/content' },
      outDir: './dist',
      cacheDir: './node_modules/.astro',
      editions: editionLanguages(),
      corrections: { branch: 'main' },
      editor: {},
      openDataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.fi' },
      now: '2026-11-30 12:00',
      messages: 'fi',
      searchWordForms: true,
      searchIndexInBuild: true,
    });
  });

  test('count an empty variable as unset, and take "now" from the clock when it is unset', () => {
    const settings = readSettings({ HYVINVOINTIPUU_BRANCH: '', HYVINVOINTIPUU_NOW: '', SITE_URL: '' });
    expect(settings.corrections.branch).toBe('main');
    expect(settings.site).toBeUndefined();
    expect(settings.now).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  test('read every variable into its place', () => {
    const settings = readSettings(
      {
        SITE_URL: 'https://hyvinvointipuu.kunta.fi',
        HYVINVOINTIPUU_EDITIONS: 'sv, fi',
        HYVINVOINTIPUU_REPOSITORY: 'https://gitlab.kunta.fi/verkko/puu',
        HYVINVOINTIPUU_FORGE: 'gitlab',
        HYVINVOINTIPUU_BRANCH: 'julkaisu',
        HYVINVOINTIPUU_CORRECTIONS_EMAIL: 'puu@kunta.fi',
        HYVINVOINTIPUU_EDITOR_AUTH_URL: 'https://kirjautuminen.kunta.fi',
        HYVINVOINTIPUU_GITLAB_APP_ID: 'abc123',
        HYVINVOINTIPUU_DATA_LICENCE: 'CC0 1.0',
        HYVINVOINTIPUU_DATA_LICENCE_URL: 'https://creativecommons.org/publicdomain/zero/1.0/deed.fi',
        HYVINVOINTIPUU_MESSAGES: 'SV',
        HYVINVOINTIPUU_CONTENT: 'alueet/etela-pohjanmaa',
        HYVINVOINTIPUU_SHARED_CONTENT: '/yhteiset',
        HYVINVOINTIPUU_OUT_DIR: '/tmp/ulos',
        HYVINVOINTIPUU_CACHE_DIR: '/tmp/valimuisti',
        HYVINVOINTIPUU_NOW: '2027-01-02 03:04',
        HYVINVOINTIPUU_SEARCH_TERMS: 'off',
        HYVINVOINTIPUU_SEARCH_INDEX: 'separate',
        HYVINVOINTIPUU_REGION_SITES: 'alueiden-sivustot',
      },
      '/sivu',
    );
    expect(settings).toEqual({
      site: 'https://hyvinvointipuu.kunta.fi',
      contentRoot: '/sivu/alueet/etela-pohjanmaa',
      contentRoots: { own: '/sivu/alueet/etela-pohjanmaa', shared: '/yhteiset' },
      outDir: '/tmp/ulos',
      cacheDir: '/tmp/valimuisti',
      // Finnish is always built, and first: every text falls back to it.
      editions: ['fi', 'sv'],
      corrections: {
        repository: 'https://gitlab.kunta.fi/verkko/puu',
        forge: 'gitlab',
        branch: 'julkaisu',
        email: 'puu@kunta.fi',
      },
      editor: { authUrl: 'https://kirjautuminen.kunta.fi', gitlabAppId: 'abc123' },
      openDataLicence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.fi' },
      now: '2027-01-02 03:04',
      messages: 'sv',
      searchWordForms: false,
      searchIndexInBuild: false,
      regionSites: '/sivu/alueiden-sivustot',
    });
  });

  test('stop on values in the wrong form, a line per setting naming what was found and what is expected', () => {
    const read = () =>
      readSettings({
        HYVINVOINTIPUU_NOW: '30.11.2026',
        HYVINVOINTIPUU_EDITIONS: 'fi,de',
        HYVINVOINTIPUU_FORGE: 'bitbucket',
        HYVINVOINTIPUU_REPOSITORY: 'https://github.com/',
        HYVINVOINTIPUU_BRANCH: 'oma haara',
        HYVINVOINTIPUU_CORRECTIONS_EMAIL: 'puu(at)kunta.fi',
        SITE_URL: 'hyvinvointipuu.kunta.fi',
        HYVINVOINTIPUU_SEARCH_TERMS: 'kylla',
      });
    expect(read).toThrow();
    const lines = (() => {
      try {
        read();
      } catch (error) {
        return (error as Error).message.split('\n');
      }
      return [];
    })();
    expect(lines).toEqual([
      'Asetus SITE_URL: löytyi "hyvinvointipuu.kunta.fi", odotettiin verkko-osoitetta, joka alkaa https: tai http:, esimerkiksi https://www.alajarvi.fi/',
      `Asetus HYVINVOINTIPUU_EDITIONS: löytyi "fi,de", odotettiin kielikoodeja pilkuin erotettuina joukosta ${editionLanguages().join(', ')}, esimerkiksi fi,sv`,
      'Asetus HYVINVOINTIPUU_REPOSITORY: löytyi "https://github.com/", odotettiin repositorion verkko-osoitetta, esimerkiksi https://github.com/kunta/hyvinvointipuu',
      'Asetus HYVINVOINTIPUU_FORGE: löytyi "bitbucket", odotettiin jotakin arvoista github, gitlab',
      'Asetus HYVINVOINTIPUU_BRANCH: löytyi "oma haara", odotettiin haaran nimeä ilman välilyöntejä, esimerkiksi main',
      'Asetus HYVINVOINTIPUU_CORRECTIONS_EMAIL: löytyi "puu(at)kunta.fi", odotettiin sähköpostiosoitetta, esimerkiksi info@yhdistys.fi',
      'Asetus HYVINVOINTIPUU_NOW: löytyi "30.11.2026", odotettiin aikaa muodossa VVVV-KK-PP TT:MM (Suomen aikaa), esimerkiksi 2018-04-17 09:00',
      'Asetus HYVINVOINTIPUU_SEARCH_TERMS: löytyi "kylla", odotettiin jotakin arvoista on, off',
    ]);
  });

  test('write their problems in the language HYVINVOINTIPUU_MESSAGES asks for, and in Finnish when that is itself wrong', () => {
    expect(() => readSettings({ HYVINVOINTIPUU_NOW: '2026-02-30 12:00', HYVINVOINTIPUU_MESSAGES: 'en' })).toThrow(
      'Setting HYVINVOINTIPUU_NOW: found "2026-02-30 12:00", expected a time written as YYYY-MM-DD HH:MM (Finnish time), such as 2018-04-17 09:00',
    );
    expect(() => readSettings({ HYVINVOINTIPUU_MESSAGES: 'de' })).toThrow(
      `Asetus HYVINVOINTIPUU_MESSAGES: löytyi "de", odotettiin jotakin arvoista ${languages.join(', ')}`,
    );
  });

  test('are all in the README table, and the table names no other', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Settings'), readme.indexOf('\n## ', readme.indexOf('## Settings') + 1));
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...settingNames].sort());
  });

  test('are read from the environment in one place only: nothing else under src/ or in the Astro config reads process.env', () => {
    const files = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const readers = [...files(join(projectRoot, 'src')), join(projectRoot, 'astro.config.mjs')]
      .filter((file) => /process\.env/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(projectRoot, file));
    expect(readers).toEqual(['src/config/settings.ts']);
  });
});
