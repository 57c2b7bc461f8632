import { describe, expect, test } from 'vitest';
import { astroBuild } from '../fixtures/astro-build';

describe('building for the public', () => {
  test('stops with one sentence when the site address is not set', () => {
    const { status, output } = astroBuild({ SITE_URL: '', HYVINVOINTIPUU_OUT_DIR: '/tmp/hyvinvointipuu-no-site-address' });
    expect(status).not.toBe(0);
    expect(output).toContain('Set SITE_URL to the public address of the site before building it');
    expect(output).not.toMatch(/^\s+at /m);
  });
});
