import { describe, expect, inject, test } from 'vitest';
import { useChromiumPage } from './chromium';
import { languages } from '~/i18n/languages';

const baseUrl = inject('baseUrl');
const session = useChromiumPage();

/** Every result of a search in one edition, through Pagefind's API and that edition's own index. */
async function searchIn(edition: '' | '/sv' | '/en', term: string): Promise<{ title: string; url: string }[]> {
  await session.page.goto(`${baseUrl}${edition}/haku/`);
  const script = `(async () => {
    const pagefind = await import('${edition}/pagefind/pagefind.js');
    await pagefind.init();
    const response = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(response.results.map(async (result) => {
      const data = await result.data();
      return { title: data.meta.title, url: data.url };
    }));
  })()`;
  return session.page.evaluate(script) as Promise<{ title: string; url: string }[]>;
}

describe('the language editions', () => {
  test('the switcher on an actor page leads to the same actor in each language and back', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/vimpeli/toimijat/testiyhdistys/`);
    const switcher = page.getByRole('navigation', { name: 'Kieli' });
    await switcher.getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(`${baseUrl}/sv/vimpeli/toimijat/testiyhdistys/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Testiyhdistys ry');

    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${baseUrl}/en/vimpeli/toimijat/testiyhdistys/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Testiyhdistys ry');

    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Suomi' }).click();
    await page.waitForURL(`${baseUrl}/vimpeli/toimijat/testiyhdistys/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
  });

  test('every page names its three editions as hreflang alternates that exist', async () => {
    const html = await (await fetch(`${baseUrl}/en/vimpeli/muuttajalle/`)).text();
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g)].map((m) => [
      m[1],
      new URL(m[2]!).pathname,
    ]);
    expect(alternates).toEqual([
      ['fi', '/vimpeli/muuttajalle/'],
      ['sv', '/sv/vimpeli/muuttajalle/'],
      ['en', '/en/vimpeli/muuttajalle/'],
      ['x-default', '/vimpeli/muuttajalle/'],
    ]);
    for (const [, path] of alternates) expect((await fetch(`${baseUrl}${path}`)).status).toBe(200);
  });

  test('untranslated text is shown in Finnish, marked lang="fi", with a visible note', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/vimpeli/toimijat/testiyhdistys/`);
    const body = page.locator('.hp-prose[lang="fi"]');
    await expect.poll(() => body.count()).toBe(1);
    const note = body.locator('.hp-fallback__note');
    expect(await note.textContent()).toBe('The longer presentation is in Finnish.');
    expect(await note.isVisible()).toBe(true);
    expect(await note.getAttribute('lang')).toBe('en');
  });

  test("the tree is labelled in the edition's language", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/sv/vimpeli/`);
    const tree = page.locator('.hp-tree__scroll > svg');
    expect(await tree.textContent()).toContain('Frivilligverksamhet');
    await page.goto(`${baseUrl}/en/vimpeli/`);
    expect(await page.locator('.hp-tree__scroll > svg').textContent()).toContain('Volunteering');
  });

  test('each edition searches its own index', async () => {
    const english = await searchIn('/en', 'volunteering');
    expect(english.map((result) => result.title)).toContain('SPR:n Vimpelin osasto');
    expect(english.every((result) => result.url.startsWith('/en/'))).toBe(true);

    const swedish = await searchIn('/sv', 'frivilligverksamhet');
    expect(swedish.map((result) => result.title)).toContain('SPR:n Vimpelin osasto');
    expect(swedish.every((result) => result.url.startsWith('/sv/'))).toBe(true);

    const finnish = await searchIn('', 'vapaaehtoistoiminta');
    expect(finnish.map((result) => result.title)).toContain('SPR:n Vimpelin osasto');
    // No result of the Finnish search lies in another edition.
    expect(finnish.some((result) => languages.some((lang) => lang !== 'fi' && result.url.startsWith(`/${lang}/`)))).toBe(false);
  });

  test.each([
    ['/sv', 'frivilligverksamhet'],
    ['/en', 'volunteering'],
  ])('a result on the %s search page opens its page in that edition', async (edition, term) => {
    await session.page.goto(`${baseUrl}${edition}/haku/?q=${term}`);
    const first = session.page.locator('.hp-result__title').first();
    await first.waitFor();
    const hrefs = await session.page
      .locator('.hp-result__title')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.every((href) => href.startsWith(`${edition}/`) && !href.startsWith(`${edition}${edition}/`))).toBe(true);
    await first.click();
    await session.page.waitForURL(`${baseUrl}${hrefs[0]}`);
    expect(await session.page.locator('html').getAttribute('lang')).toBe(edition.slice(1));
    expect((await session.page.request.get(`${baseUrl}${hrefs[0]}`)).status()).toBe(200);
  });
});
