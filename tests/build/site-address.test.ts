import { describe, expect, test } from 'vitest';
import { editionLanguages } from '~/i18n/languages';
import { astroBuild } from '../fixtures/astro-build';

describe('building for the public', () => {
  test('stops with one sentence when the site address is not set', () => {
    const { status, output } = astroBuild({ SITE_URL: '', HYVINVOINTIPUU_OUT_DIR: '/tmp/hyvinvointipuu-no-site-address' });
    expect(status).not.toBe(0);
    expect(output).toContain('Set SITE_URL to the public address of the site before building it');
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('building with a setting in the wrong form', () => {
  test('stops before building, naming the setting, what it holds and what it should hold', () => {
    const { status, output } = astroBuild({
      SITE_URL: 'http://localhost:4321',
      HYVINVOINTIPUU_EDITIONS: 'fi,de',
      HYVINVOINTIPUU_OUT_DIR: '/tmp/hyvinvointipuu-bad-setting',
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `Asetus HYVINVOINTIPUU_EDITIONS: löytyi "fi,de", odotettiin kielikoodeja pilkuin erotettuina joukosta ${editionLanguages().join(', ')}, esimerkiksi fi,sv`,
    );
    expect(output).not.toMatch(/^\s+at /m);
  });
});
