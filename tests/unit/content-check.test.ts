import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { formatProblem, formatProblems, type ContentProblem, type MessageLanguage } from '~/lib/friendly-errors';
import { contentRootWith, fixturesDir } from '../fixtures/content-root';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

/** Checks the base content with one bad case laid over it; messages name files relative to the root. */
function check(badCase?: string, language: MessageLanguage = 'fi') {
  const { root, cleanup } = contentRootWith(badCase);
  cleanups.push(cleanup);
  const report = checkContent(root, root, `${fixturesDir}/public`, language);
  const format = (problem: ContentProblem) => formatProblem(problem, language);
  return { problems: report.problems.map(format), warnings: report.warnings.map(format), report };
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
        "actors/alajarvi/seura.md:2 verified: löytyi ei mitään, odotettiin päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2018-04-17 (pakollinen kenttä)",
      ]
    `);
  });

  test('reports a reference to an unknown branch and suggests the closest one', () => {
    expect(check('unknown-branch').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 branches[1]: löytyi "liikunta", odotettiin olemassa olevan kasvuston tunnusta, esimerkiksi "liikunta-ja-ulkoilu"",
      ]
    `);
  });

  test('reports a broken reference in the same run as the schema problems of the same file', () => {
    expect(check('several-problems-in-one-file').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 branches[1]: löytyi "kulttuuri-ja-taide", odotettiin olemassa olevan kasvuston tunnusta: liikunta-ja-ulkoilu, vapaaehtoistoiminta",
        "actors/alajarvi/seura.md:7 serves[0]: löytyi "vimpli", odotettiin olemassa olevan kunnan tunnusta, esimerkiksi "vimpeli"",
        "actors/alajarvi/seura.md:9 email: löytyi "info(at)example.org", odotettiin sähköpostiosoitetta, esimerkiksi info@yhdistys.fi",
        "actors/alajarvi/seura.md:10 website: löytyi "www.example.org", odotettiin verkko-osoitetta, joka alkaa https: tai http:, esimerkiksi https://www.alajarvi.fi/",
      ]
    `);
  });

  test('reports an entry in the folder of an unknown municipality, and an unknown municipality it serves', () => {
    expect(check('unknown-municipality').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvii/seura.md:2 (kansio): löytyi kansio "alajarvii", odotettiin kunnan kansiota, esimerkiksi "alajarvi"",
        "actors/alajarvii/seura.md:6 serves[0]: löytyi "lapua", odotettiin olemassa olevan kunnan tunnusta: alajarvi, vimpeli",
      ]
    `);
  });

  test('reports a partner that is not an actor and suggests the likely one', () => {
    expect(check('unknown-actor').problems).toMatchInlineSnapshot(`
      [
        "fruits/alajarvi/hedelma.md:6 partners[1]: löytyi "alajarvi/testiseuraa", odotettiin olemassa olevan toimijan tunnusta, esimerkiksi "alajarvi/testiseura"",
      ]
    `);
  });

  test('rejects a business ID whose check digit does not match', () => {
    expect(check('invalid-business-id').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:7 identifiers.businessId: löytyi "1234567-8", odotettiin Y-tunnusta, jonka tarkistusnumero täsmää (tarkista tunnus ytj.fi-palvelusta)",
      ]
    `);
  });

  test('rejects an email address without @', () => {
    expect(check('invalid-email').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:8 contacts[0].email: löytyi "puheenjohtaja.seura.fi", odotettiin sähköpostiosoitetta, esimerkiksi info@yhdistys.fi",
      ]
    `);
  });

  test('rejects a phone number with letters', () => {
    expect(check('invalid-phone').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:8 contacts[0].phones[0]: löytyi "040 ABC 1234", odotettiin puhelinnumeroa, jossa on vain numeroita, välilyöntejä ja viivoja, esimerkiksi 06 123 4567 tai +358 6 123 4567",
      ]
    `);
  });

  test('rejects a web address without its scheme', () => {
    expect(check('invalid-url').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 website: löytyi "www.seura.fi", odotettiin verkko-osoitetta, joka alkaa https: tai http:, esimerkiksi https://www.alajarvi.fi/",
      ]
    `);
  });

  test('rejects a javascript: address in a field and in a body link', () => {
    expect(check('unsafe-url-scheme').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 website: löytyi "javascript:alert(document.cookie)", odotettiin verkko-osoitetta, joka alkaa https: tai http:, esimerkiksi https://www.alajarvi.fi/",
        "actors/alajarvi/seura.md:10 (linkki tekstissä): löytyi linkki osoitteeseen "javascript:…", odotettiin linkkiä, joka alkaa https:, http:, mailto: tai tel:",
      ]
    `);
  });

  test('requires alt text for an image', () => {
    expect(check('image-without-alt').problems).toMatchInlineSnapshot(`
      [
        "fruits/alajarvi/hedelma.md:8 image.alt: löytyi ei mitään, odotettiin tekstiä (pakollinen kenttä)",
      ]
    `);
  });

  test('reports an image file that has not been added, and accepts one that has', () => {
    expect(check('missing-image').problems).toMatchInlineSnapshot(`
      [
        "fruits/alajarvi/kuva-puuttuu.md:9 image.src: löytyi "/kuvat/talkoot.jpg", jota ei ole kansiossa public/kuvat/, odotettiin kansioon public/kuvat/ lisätyn kuvatiedoston polkua",
      ]
    `);
  });

  test('rejects an event that ends before it starts', () => {
    expect(check('event-ends-before-start').problems).toMatchInlineSnapshot(`
      [
        "events/alajarvi/tapahtuma.md:4 end: löytyi "2026-06-01 16:00", odotettiin aikaa, joka on sama tai myöhempi kuin alkamisaika (2026-06-01 18:00)",
      ]
    `);
  });

  test('reports two files that would get the same id', () => {
    expect(check('duplicate-slug').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/testi-seura.md:1 (tiedostonimi): löytyi tunnus "alajarvi/testi-seura", joka on myös tiedostolla actors/alajarvi/Testi Seura.md, odotettiin tiedostonimeä, jota mikään muu kokoelman tiedosto ei käytä",
      ]
    `);
  });

  test('refuses MDX for actors, because MDX runs code', () => {
    expect(check('mdx-entry').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.mdx:1 (tiedostonimi): löytyi tiedostopääte ".mdx", odotettiin päätettä .md (MDX ajaa koodia, joten se on vain ylläpitäjien sivuille)",
      ]
    `);
  });

  test('suggests the intended field for a misspelt one', () => {
    expect(check('unknown-field').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 webiste: löytyi tuntematon kenttä, odotettiin tunnettua kenttää (tarkoititko "website"?)",
      ]
    `);
  });

  test('points at the line of broken YAML', () => {
    expect(check('broken-yaml').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:4 branches: löytyi luettelo [liikunta-ja-ulkoilu, jonka hakasulku jäi auki, odotettiin luetteloa hakasulkeissa, esimerkiksi [a, b], tai rivejä muodossa "- kohta"",
      ]
    `);
  });

  test('rejects a date written the Finnish way', () => {
    expect(check('invalid-date').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:6 verified: löytyi "15.1.2026", odotettiin päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2018-04-17",
      ]
    `);
  });

  test('lists the allowed kinds for an unknown one', () => {
    expect(check('invalid-enum').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:3 kind: löytyi "urheiluseura", odotettiin jotakin arvoista association (yhdistys), club (seura), village-society (kyläyhdistys), company (yritys), public-service (julkinen palvelu), parish (seurakunta), project (hanke), other (muu toimija); tarkoititko club (seura)?",
      ]
    `);
  });

  test('rejects an announcement channel that is not in the channel list', () => {
    expect(check('unknown-channel').problems).toMatchInlineSnapshot(`
      [
        "events/alajarvi/tapahtuma.md:8 channels[1]: löytyi "instagram", odotettiin olemassa olevan tiedotuskanavan tunnusta: facebook",
      ]
    `);
  });

  test('rejects an unknown venue', () => {
    expect(check('unknown-venue').problems).toMatchInlineSnapshot(`
      [
        "events/alajarvi/tapahtuma.md:4 venue: löytyi "alajarvi/seurantalo", odotettiin olemassa olevan tapahtumapaikan tunnusta (tiedosto kansiossa content/venues/)",
      ]
    `);
  });

  test('rejects a reserved event without a date', () => {
    expect(check('reserved-without-date').problems).toMatchInlineSnapshot(`
      [
        "events/alajarvi/tapahtuma.md:2 start: löytyi ei mitään, odotettiin päivää, jonka tapahtuma varaa, esimerkiksi 2027-06-12 (varauksen tarkoitus on varata päivä)",
      ]
    `);
  });

  test('answers a kind written in Finnish with the stored value and its label', () => {
    expect(check('enum-written-in-finnish').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:3 kind: löytyi "yhdistys", odotettiin jotakin arvoista association (yhdistys), club (seura), village-society (kyläyhdistys), company (yritys), public-service (julkinen palvelu), parish (seurakunta), project (hanke), other (muu toimija); tarkoititko association (yhdistys)?",
      ]
    `);
  });

  test('explains a colon in unquoted text with its line and fix, and still checks the rest of the file', () => {
    expect(check('yaml-colon-in-text').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:4 description: löytyi teksti "Kokoontuu maanantaisin klo 18: tervetuloa", jossa on kaksoispiste (YAML lukee kaksoispisteen ja välilyönnin uuden kentän aluksi), odotettiin koko tekstiä lainausmerkeissä, esimerkiksi description: "Kokoontuu maanantaisin klo 18: tervetuloa"",
        "actors/alajarvi/seura.md:6 email: löytyi "puheenjohtaja.seura.fi", odotettiin sähköpostiosoitetta, esimerkiksi info@yhdistys.fi",
      ]
    `);
  });

  test('explains a quote left open and still checks the rest of the file', () => {
    expect(check('yaml-stray-quote').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:2 name: löytyi lainausmerkki, joka jäi auki tai jonka jälkeen tulee vielä tekstiä, odotettiin koko tekstiä lainausmerkeissä, esimerkiksi name: "Seura"",
        "actors/alajarvi/seura.md:6 website: löytyi "www.seura.fi", odotettiin verkko-osoitetta, joka alkaa https: tai http:, esimerkiksi https://www.alajarvi.fi/",
      ]
    `);
  });

  test('writes the same problems in English when asked', () => {
    expect(check('invalid-email', 'en').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:8 contacts[0].email: found "puheenjohtaja.seura.fi", expected an email address such as info@yhdistys.fi",
      ]
    `);
    expect(check('yaml-colon-in-text', 'en').problems).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:4 description: found the text "Kokoontuu maanantaisin klo 18: tervetuloa" with a colon (YAML reads a colon and a space as the start of a new field), expected the whole text in quotes, such as description: "Kokoontuu maanantaisin klo 18: tervetuloa"",
        "actors/alajarvi/seura.md:6 email: found "puheenjohtaja.seura.fi", expected an email address such as info@yhdistys.fi",
      ]
    `);
  });

  test('warns about raw HTML in a body without failing', () => {
    const { problems, warnings } = check('raw-html');
    expect(problems).toEqual([]);
    expect(warnings).toMatchInlineSnapshot(`
      [
        "actors/alajarvi/seura.md:9 (teksti): löytyi HTML-koodi "<script>", odotettiin pelkkää Markdownia; HTML näkyy sivulla tekstinä eikä muotoiluna",
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
    expect(checkContent(root, root, undefined, 'fi').problems.map((problem) => formatProblem(problem))).toEqual([
      'pages/tietosuojaseloste.md:1 (tiedosto): löytyi ei tiedostoa, odotettiin tietosuojaselostetta (EU:n tietosuoja-asetuksen artiklat 13 ja 14), jonka laki vaatii jokaiselle julkisen sektorin sivustolle',
    ]);
  });
});

describe('the language of the messages', () => {
  test('gives the report a Finnish heading by default', () => {
    const { report } = check('several-problems-in-one-file');
    expect(formatProblems(report.problems.slice(0, 1))).toMatchInlineSnapshot(`
      "1 ongelma sisällössä:
        actors/alajarvi/seura.md:6 branches[1]: löytyi "kulttuuri-ja-taide", odotettiin olemassa olevan kasvuston tunnusta: liikunta-ja-ulkoilu, vapaaehtoistoiminta"
    `);
    expect(formatProblems(report.problems).split('\n')[0]).toBe('4 ongelmaa sisällössä:');
  });
});

describe('reading the frontmatter', () => {
  test('ends it only at a line that starts with ---, as Astro does', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readSource } = await import('~/lib/content-check/read-source');
    const folder = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-frontmatter-'));
    writeFileSync(join(folder, 'seura.md'), '---\nname: Tanssit---\nkind: club\n---\n\nTeksti.\n');
    writeFileSync(join(folder, 'tyhja.md'), '---\n---\nTeksti.\n');
    const source = readSource(join(folder, 'seura.md'), folder, folder);
    expect(source.data).toEqual({ name: 'Tanssit---', kind: 'club' });
    expect(source.body.trim()).toBe('Teksti.');
    expect(readSource(join(folder, 'tyhja.md'), folder, folder).body).toBe('Teksti.\n');
    rmSync(folder, { recursive: true, force: true });
  });
});
