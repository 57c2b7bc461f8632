import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

async function expectFooterLinks(): Promise<void> {
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'Saavutettavuusseloste' }).getAttribute('href')).resolves.toBe(
    '/saavutettavuusseloste/',
  );
  await expect(footer.getByRole('link', { name: 'Tietosuojaseloste' }).getAttribute('href')).resolves.toBe('/tietosuojaseloste/');
}

describe('a resident finds an actor', () => {
  test('from the front page through the municipality to the actor', async () => {
    await page.goto(`${baseUrl}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Järviseudun hyvinvointipuu');
    await expectFooterLinks();

    await page.getByRole('link', { name: 'Vimpeli', exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/vimpeli/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Vimpeli');
    await expect(page.getByRole('heading', { name: 'Vapaaehtoistoiminta' }).count()).resolves.toBe(1);
    await expectFooterLinks();

    await page.getByRole('link', { name: 'SPR:n Vimpelin osasto' }).first().click();
    await page.waitForURL(`${baseUrl}/vimpeli/toimijat/spr-vimpelin-osasto/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('SPR:n Vimpelin osasto');
    const crumbs = page.getByRole('navigation', { name: 'Murupolku' }).getByRole('listitem');
    await expect(crumbs.allTextContents()).resolves.toEqual(['Etusivu', 'Vimpeli', 'SPR:n Vimpelin osasto']);
    await expectFooterLinks();
  });

  test('the skip link is the first stop of the keyboard and moves focus to the content', async () => {
    await page.goto(`${baseUrl}/vimpeli/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Siirry sisältöön');
    await expect(focused.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('sisalto');
  });

  test('a defunct actor keeps its page but leaves the listings', async () => {
    await page.goto(`${baseUrl}/alajarvi/`);
    await expect(page.getByRole('link', { name: 'Lopettanut testiseura' }).count()).resolves.toBe(0);
    const response = await page.goto(`${baseUrl}/alajarvi/toimijat/lopettanut-testiseura/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('note').textContent()).resolves.toContain('lopettanut toimintansa');
  });
});

describe('the contact card', () => {
  test('offers working mailto:, tel: and website links', async () => {
    await page.goto(`${baseUrl}/vimpeli/toimijat/testiyhdistys/`);
    const card = page.getByRole('region', { name: 'Yhteystiedot' });
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
    await page.goto(`${baseUrl}/vimpeli/toimijat/testiyhdistys/`);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
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
    await page.goto(`${baseUrl}/alajarvi/toimijat/elinvoimaa-kuntiin-hanke/`);
    const website = page.getByRole('region', { name: 'Yhteystiedot' }).getByRole('link');
    await expect(website.getAttribute('href')).resolves.toBe('http://www.jpyp.fi/hanketoiminta/elinvoimaa_kuntiin/');
  });
});

describe('content from a pull request', () => {
  test('cannot run script or add markup on the page', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${baseUrl}/alajarvi/toimijat/html-testiseura/`);
    await page.waitForLoadState('load');
    await expect(page.evaluate(() => (window as { injected?: boolean }).injected)).resolves.toBeUndefined();
    const main = page.getByRole('main');
    await expect(main.locator('script, img, iframe').count()).resolves.toBe(0);
    await expect(main.textContent()).resolves.toContain('<script>window.injected = true</script>');
    expect(dialogs).toEqual([]);
  });
});
