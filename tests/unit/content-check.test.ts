import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contentRootWith, fixturesDir } from '../fixtures/content-root';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

/** Checks the base content with one bad case laid over it; messages name files relative to the root. */
function check(badCase?: string) {
  const { root, cleanup } = contentRootWith(badCase);
  cleanups.push(cleanup);
  const report = checkContent(root, root, `${fixturesDir}/public`);
  return { problems: report.problems.map(formatProblem), warnings: report.warnings.map(formatProblem), report };
}

describe('the content check', () => {
  test('passes the valid base content without problems or warnings', () => {
    const { problems, warnings, report } = check();
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(report.entries.map((entry) => `${entry.collection}:${entry.id}`).sort()).toEqual([
      'actors:alajarvi/testiseura',
      'actors:vimpeli/testiyhdistys',
      'branches:liikunta-ja-ulkoilu',
      'branches:vapaaehtoistoiminta',
      'channels:facebook',
      'events:alajarvi/tapaaminen',
      'fruits:alajarvi/yhteinen-tulos',
      'municipalities:alajarvi',
      'municipalities:vimpeli',
      'pages:saavutettavuusseloste',
      'pages:tietosuojaseloste',
    ]);
  });

  test('names a missing required field with its file and what it expects', () => {
    expect(check('missing-required-field').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:2 verified: found nothing, expected a date written as YYYY-MM-DD, such as 2018-04-17 (a required field)",
      ]
    `);
  });

  test('reports a reference to an unknown branch and suggests the closest one', () => {
    expect(check('unknown-branch').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 branches[1]: found "liikunta", expected an existing branch id, such as "liikunta-ja-ulkoilu"",
      ]
    `);
  });

  test('reports a broken reference in the same run as the schema problems of the same file', () => {
    expect(check('several-problems-in-one-file').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 branches[1]: found "kulttuuri-ja-taide", expected the id of an existing branch: liikunta-ja-ulkoilu, vapaaehtoistoiminta",
        "actors/alajarvi/seura.md:7 serves[0]: found "vimpli", expected an existing municipality id, such as "vimpeli"",
        "actors/alajarvi/seura.md:9 email: found "info(at)example.org", expected an email address such as info@yhdistys.fi",
        "actors/alajarvi/seura.md:10 website: found "www.example.org", expected a web address with the scheme https: or http:, such as https://www.alajarvi.fi/",
      ]
    `);
  });

  test('reports an entry in the folder of an unknown municipality, and an unknown municipality it serves', () => {
    expect(check('unknown-municipality').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvii/seura.md:2 (folder): found the folder "alajarvii", expected a municipality folder such as "alajarvi"",
        "actors/alajarvii/seura.md:6 serves[0]: found "lapua", expected the id of an existing municipality: alajarvi, vimpeli",
      ]
    `);
  });

  test('reports a partner that is not an actor and suggests the likely one', () => {
    expect(check('unknown-actor').problems).toMatchInlineSnapshot(`
      [
        "fruits/alajarvi/hedelma.md:6 partners[1]: found "alajarvi/testiseuraa", expected an existing actor id, such as "alajarvi/testiseura"",
      ]
    `);
  });

  test('rejects a business ID whose check digit does not match', () => {
    expect(check('invalid-business-id').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:7 identifiers.businessId: found "1234567-8", expected a business ID whose check digit matches (check the number in ytj.fi)",
      ]
    `);
  });

  test('rejects an email address without @', () => {
    expect(check('invalid-email').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:8 contacts[0].email: found "puheenjohtaja.seura.fi", expected an email address such as info@yhdistys.fi",
      ]
    `);
  });

  test('rejects a phone number with letters', () => {
    expect(check('invalid-phone').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:8 contacts[0].phones[0]: found "040 ABC 1234", expected a phone number of digits, spaces and dashes, such as 06 123 4567 or +358 6 123 4567",
      ]
    `);
  });

  test('rejects a web address without its scheme', () => {
    expect(check('invalid-url').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 website: found "www.seura.fi", expected a web address with the scheme https: or http:, such as https://www.alajarvi.fi/",
      ]
    `);
  });

  test('rejects a javascript: address in a field and in a body link', () => {
    expect(check('unsafe-url-scheme').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 website: found "javascript:alert(document.cookie)", expected a web address with the scheme https: or http:, such as https://www.alajarvi.fi/",
        "actors/alajarvi/seura.md:10 (body link): found a link to "javascript:…", expected a link starting with https:, http:, mailto: or tel:",
      ]
    `);
  });

  test('requires alt text for an image', () => {
    expect(check('image-without-alt').problems).toMatchInlineSnapshot(`
      [
        "fruits/alajarvi/hedelma.md:8 image.alt: found nothing, expected a text (a required field)",
      ]
    `);
  });

  test('reports an image file that has not been added, and accepts one that has', () => {
    expect(check('missing-image').problems).toMatchInlineSnapshot(`
      [
        "fruits/alajarvi/kuva-puuttuu.md:9 image.src: found "/kuvat/talkoot.jpg", which is not in public/kuvat/, expected the path of an image file added under public/kuvat/",
      ]
    `);
  });

  test('rejects an event that ends before it starts', () => {
    expect(check('event-ends-before-start').problems).toMatchInlineSnapshot(`
      [
        "events/alajarvi/tapahtuma.md:4 end: found "2026-06-01 16:00", expected a time on or after the start (2026-06-01 18:00)",
      ]
    `);
  });

  test('reports two files that would get the same id', () => {
    expect(check('duplicate-slug').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/testi-seura.md:1 (file name): found the id "alajarvi/testi-seura", which actors/alajarvi/Testi Seura.md has too, expected a file name that no other entry in the collection uses",
      ]
    `);
  });

  test('refuses MDX for actors, because MDX runs code', () => {
    expect(check('mdx-entry').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.mdx:1 (file name): found the extension ".mdx", expected .md (MDX runs code and is only for maintainers' pages)",
      ]
    `);
  });

  test('suggests the intended field for a misspelt one', () => {
    expect(check('unknown-field').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 webiste: found an unknown field, expected a known field (did you mean "website"?)",
      ]
    `);
  });

  test('points at the line of broken YAML', () => {
    expect(check('broken-yaml').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:5 (YAML): found "Flow sequence in block collection must be sufficiently indented and end with a ]", expected valid YAML: "field: value" lines, lists as "- item", text with ":" in quotes",
      ]
    `);
  });

  test('rejects a date written the Finnish way', () => {
    expect(check('invalid-date').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 verified: found "15.1.2026", expected a date written as YYYY-MM-DD, such as 2018-04-17",
      ]
    `);
  });

  test('lists the allowed kinds for an unknown one', () => {
    expect(check('invalid-enum').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:3 kind: found "urheiluseura", expected one of association, club, village-society, company, public-service, parish, project, other",
      ]
    `);
  });

  test('rejects an announcement channel that is not in the channel list', () => {
    expect(check('unknown-channel').problems).toMatchInlineSnapshot(`
      [
        "events/alajarvi/tapahtuma.md:8 channels[1]: found "instagram", expected the id of an existing channel: facebook",
      ]
    `);
  });

  test('rejects an unknown venue', () => {
    expect(check('unknown-venue').problems).toMatchInlineSnapshot(`
      [
        "events/alajarvi/tapahtuma.md:4 venue: found "alajarvi/seurantalo", expected the id of an existing venue (a file in content/venues/)",
      ]
    `);
  });

  test('rejects a reserved event without a date', () => {
    expect(check('reserved-without-date').problems).toMatchInlineSnapshot(`
      [
        "events/alajarvi/tapahtuma.md:2 start: found nothing, expected the date the event reserves, such as 2027-06-12 (a reserved event is there to claim a date)",
      ]
    `);
  });

  test('warns about raw HTML in a body without failing', () => {
    const { problems, warnings } = check('raw-html');
    expect(problems).toEqual([]);
    expect(warnings).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:9 (body): found HTML "<script>", expected plain Markdown; HTML is shown as text, not as markup",
      ]
    `);
  });
});

describe('the legal pages', () => {
  test('are required, because every page links to them', async () => {
    const { rmSync } = await import('node:fs');
    const { root, cleanup } = contentRootWith();
    cleanups.push(cleanup);
    rmSync(`${root}/pages/tietosuojaseloste.md`);
    expect(checkContent(root, root).problems.map(formatProblem)).toEqual([
      'pages/tietosuojaseloste.md:1 (file): found no such file, expected the privacy notice (GDPR articles 13 and 14), which Finnish law requires on every public-sector site',
    ]);
  });
});
