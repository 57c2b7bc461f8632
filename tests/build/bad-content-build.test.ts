import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../fixtures/astro-build';
import { contentRootWith } from '../fixtures/content-root';

const work = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-build-'));
const cleanups: (() => void)[] = [() => rmSync(work, { recursive: true, force: true })];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** Runs a real `astro build` of the base content with one bad case laid over it. */
function build(badCase?: string, messages = 'fi') {
  const { root, cleanup } = contentRootWith(badCase);
  cleanups.push(cleanup);
  const { status, output } = astroBuild({
    HYVINVOINTIPUU_CONTENT: root,
    HYVINVOINTIPUU_OUT_DIR: join(work, `dist-${badCase ?? 'valid'}-${messages}`),
    HYVINVOINTIPUU_CACHE_DIR: join(work, `cache-${badCase ?? 'valid'}-${messages}`),
    HYVINVOINTIPUU_MESSAGES: messages,
  });
  return { status, output: output.replaceAll(root, '<content>') };
}

describe('astro build', () => {
  test('fails on a reference to a missing actor, which Astro alone only warns about', () => {
    const { status, output } = build('unknown-actor');
    expect(status).not.toBe(0);
    expect(output).toContain('1 ongelma sisällössä:');
    expect(output).toContain(
      '<content>/fruits/alajarvi/hedelma.md:6 partners[1]: löytyi "alajarvi/testiseuraa", odotettiin olemassa olevan toimijan tunnusta, esimerkiksi "alajarvi/testiseura"',
    );
    expect(output).toContain('Korjaa kentät viestien mukaan ja rakenna sivusto uudelleen.');
  });

  test('fails on an invalid field with the file, the line, the value and what is expected', () => {
    const { status, output } = build('invalid-email');
    expect(status).not.toBe(0);
    expect(output).toContain(
      '<content>/actors/alajarvi/seura.md:8 contacts[0].email: löytyi "puheenjohtaja.seura.fi", odotettiin sähköpostiosoitetta, esimerkiksi info@yhdistys.fi',
    );
    // The message is for staff: no stack trace of the check after it.
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
  });

  test('writes the problems in English with HYVINVOINTIPUU_MESSAGES=en', () => {
    const { status, output } = build('invalid-email', 'en');
    expect(status).not.toBe(0);
    expect(output).toContain('1 problem in content:');
    expect(output).toContain(
      '<content>/actors/alajarvi/seura.md:8 contacts[0].email: found "puheenjohtaja.seura.fi", expected an email address such as info@yhdistys.fi',
    );
  });

  test('succeeds on the valid base content', () => {
    const { status, output } = build();
    expect(output).toContain('sisältötiedostoa tarkistettu, ei ongelmia');
    expect(status).toBe(0);
  });
});
