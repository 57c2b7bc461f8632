import { describe, expect, inject, test } from 'vitest';
import { useChromiumPage } from './chromium';

const baseUrl = inject('baseUrl');
const session = useChromiumPage();

async function expectFooterLinks(): Promise<void> {
  const footer = session.page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'Saavutettavuusseloste' }).getAttribute('href')).resolves.toBe(
    '/saavutettavuusseloste/',
  );
  await expect(footer.getByRole('link', { name: 'Tietosuojaseloste' }).getAttribute('href')).resolves.toBe('/tietosuojaseloste/');
  await expect(footer.getByRole('link', { name: 'Henkilökunnalle' }).getAttribute('href')).resolves.toBe('/henkilokunta/');
  await expect(footer.locator('a[href^="/henkilokunta/"]').count()).resolves.toBe(1);
}

describe('a resident finds an actor', () => {
  test('from the front page through the municipality to the actor', async () => {
    await session.page.goto(`${baseUrl}/`);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Järviseudun hyvinvointipuu');
    await expectFooterLinks();

    await session.page.getByRole('link', { name: 'Vimpeli', exact: true }).first().click();
    await session.page.waitForURL(`${baseUrl}/vimpeli/`);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Vimpeli');
    await expect(session.page.getByRole('heading', { name: 'Vapaaehtoistoiminta' }).count()).resolves.toBe(1);
    await expectFooterLinks();

    // The listing below the tree: the tree's own links are tried in tree.test.ts.
    await session.page.getByRole('link', { name: 'SPR:n Vimpelin osasto' }).last().click();
    await session.page.waitForURL(`${baseUrl}/vimpeli/toimijat/spr-vimpelin-osasto/`);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('SPR:n Vimpelin osasto');
    const crumbs = session.page.getByRole('navigation', { name: 'Murupolku' }).getByRole('listitem');
    await expect(crumbs.allTextContents()).resolves.toEqual(['Etusivu', 'Vimpeli', 'SPR:n Vimpelin osasto']);
    await expectFooterLinks();
  });

  test('the skip link is the first stop of the keyboard and moves focus to the content', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/`);
    await session.page.keyboard.press('Tab');
    const focused = session.page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Siirry sisältöön');
    await expect(focused.isVisible()).resolves.toBe(true);
    await session.page.keyboard.press('Enter');
    await expect(session.page.evaluate(() => document.activeElement?.id)).resolves.toBe('sisalto');
  });

  test('a defunct actor keeps its page but leaves the listings', async () => {
    await session.page.goto(`${baseUrl}/alajarvi/`);
    await expect(session.page.getByRole('link', { name: 'Lopettanut testiseura' }).count()).resolves.toBe(0);
    const response = await session.page.goto(`${baseUrl}/alajarvi/toimijat/lopettanut-testiseura/`);
    expect(response?.status()).toBe(200);
    await expect(session.page.getByRole('note').textContent()).resolves.toContain('lopettanut toimintansa');
  });
});

describe('one way to count', () => {
  test('the front-page card and the municipality page give the same counts for a municipality', async () => {
    await session.page.goto(`${baseUrl}/`);
    const card = session.page.locator('.hp-card', { has: session.page.getByRole('link', { name: 'Vimpeli', exact: true }) });
    const onCard = (await card.locator('.hp-card__meta').textContent())?.trim();
    expect(onCard).toMatch(/^\d+ toimija/);

    await session.page.goto(`${baseUrl}/vimpeli/`);
    const onPage = (await session.page.locator('main h1 + .hp-card__meta').textContent())?.trim();
    expect(onPage).toBe(onCard);
  });

  test('an empty branch page says what the branch is and offers the suggest links', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/kasvustot/turvallisuus/`);
    await expect(session.page.locator('main h1 ~ p').first().textContent()).resolves.not.toBe('');
    const next = session.page.getByRole('region', { name: 'Tiedätkö, mitä täällä on?' });
    await expect(next.getByRole('link', { name: 'Ehdota toimijaa' }).getAttribute('href')).resolves.toBe(
      '/ilmoita/toimija/?kunta=vimpeli',
    );
    await expect(next.getByRole('link', { name: 'Ilmoita tapahtuma' }).getAttribute('href')).resolves.toBe(
      '/ilmoita/tapahtuma/?kunta=vimpeli&kasvusto=turvallisuus',
    );
    await expect(next.getByRole('link', { name: 'Toimijat A–Ö' }).getAttribute('href')).resolves.toBe('/toimijat/');
  });
});

describe('the contact card', () => {
  test('offers working mailto:, tel: and website links', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/toimijat/testiyhdistys/`);
    const card = session.page.getByRole('region', { name: 'Yhteystiedot' });
    const hrefs = await card
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    expect(hrefs).toEqual([
      ['info@example.org', 'mailto:info@example.org'],
      ['example.org/testiyhdistys', 'https://example.org/testiyhdistys/'],
      ['puheenjohtaja@example.org', 'mailto:puheenjohtaja@example.org'],
      ['040 000 0000', 'tel:+358400000000'],
      ['+358 6 000 0000', 'tel:+35860000000'],
    ]);
  });

  test('describes the actor as a schema.org Organization that parses as JSON', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/toimijat/testiyhdistys/`);
    const json = await session.page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(json!)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NGO',
      name: 'Testiyhdistys ry',
      email: 'info@example.org',
      telephone: '+358400000000',
      taxID: '1234567-1',
      address: { '@type': 'PostalAddress', postalCode: '62800', addressLocality: 'Vimpeli' },
    });
  });

  test('an actor of the bundled content links to its website', async () => {
    await session.page.goto(`${baseUrl}/alajarvi/toimijat/elinvoimaa-kuntiin-hanke/`);
    const website = session.page.getByRole('region', { name: 'Yhteystiedot' }).getByRole('link');
    await expect(website.getAttribute('href')).resolves.toBe('http://www.jpyp.fi/hanketoiminta/elinvoimaa_kuntiin/');
  });
});

describe('content from a pull request', () => {
  test('cannot run script or add markup on the page', async () => {
    const dialogs: string[] = [];
    session.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await session.page.goto(`${baseUrl}/alajarvi/toimijat/html-testiseura/`);
    await session.page.waitForLoadState('load');
    await expect(session.page.evaluate(() => (window as { injected?: boolean }).injected)).resolves.toBeUndefined();
    const main = session.page.getByRole('main');
    await expect(main.locator('script, img, iframe').count()).resolves.toBe(0);
    await expect(main.textContent()).resolves.toContain('<script>window.injected = true</script>');
    expect(dialogs).toEqual([]);
  });
});

describe('the page of details to confirm', () => {
  test('lists every listed actor confirmed twelve months or more before the build', async () => {
    const { checkContent } = await import('~/lib/content-check');
    const { staleEntries } = await import('~/lib/verification');
    const actors = checkContent(inject('contentRoot')).entries.filter((entry) => entry.collection === 'actors');
    const expected = staleEntries(
      actors.map((entry) => ({
        id: entry.id,
        name: entry.data.name as string,
        verified: entry.data.verified as string,
        status: entry.data.status as string,
      })),
      '2026-11-30',
      12,
    );
    expect(expected.length).toBeGreaterThan(0);
    await session.page.goto(`${baseUrl}/henkilokunta/vahvistettavat/`);
    const table = session.page.getByRole('table', { name: 'Vahvistettavat tiedot' });
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    expect(names.sort()).toEqual(expected.map((entry) => entry.name).sort());
  });

  test("shows an entry's note for staff, which its public page leaves out for one translated line", async () => {
    await session.page.goto(`${baseUrl}/henkilokunta/vahvistettavat/`);
    const row = session.page
      .getByRole('table', { name: 'Vahvistettavat tiedot' })
      .getByRole('row', { name: /Alajärven kaupunki/ });
    await expect(row.textContent()).resolves.toContain('Kokeilunpaikka.fi');
    for (const [path, line] of [
      ['/alajarvi/toimijat/alajarven-kaupunki/', 'Tietoja ei ole vahvistettu äskettäin – viimeksi vahvistettu 13.6.2018.'],
      ['/sv/alajarvi/toimijat/alajarven-kaupunki/', 'Uppgifterna har inte bekräftats nyligen – senast bekräftade 13.6.2018.'],
    ]) {
      await session.page.goto(`${baseUrl}${path}`);
      await expect(session.page.getByRole('note').textContent()).resolves.toBe(line);
      await expect(session.page.content()).resolves.not.toContain('vielä vahvistettava');
    }
  });
});

describe('suggesting a correction', () => {
  test("without a configured repository or email, an actor page offers the form and the municipality's website", async () => {
    await session.page.goto(`${baseUrl}/vimpeli/toimijat/spr-vimpelin-osasto/`);
    const box = session.page.getByRole('region', { name: 'Ehdota korjausta' });
    await expect(
      box.getByRole('link').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')])),
    ).resolves.toEqual([
      ['Korjaa tiedot', '/ilmoita/korjaus/?kohde=actors/vimpeli/spr-vimpelin-osasto'],
      ['Ota yhteyttä kuntaan', 'https://www.vimpeli.fi/'],
    ]);
  });
});
