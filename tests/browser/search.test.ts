import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { useChromiumPage } from './chromium';

const baseUrl = inject('baseUrl');
const session = useChromiumPage();

/** The content the served site was built from, read with the same check the build runs. */
const entries = checkContent(inject('contentRoot')).entries;
const listed = (collection: string) =>
  entries.filter((entry) => entry.collection === collection && !(collection === 'actors' && entry.data.status === 'defunct'));

/** Searches on the search page and returns the titles of the first results once they are shown. */
async function searchFor(term: string): Promise<string[]> {
  await session.page.goto(`${baseUrl}/haku/?q=${encodeURIComponent(term)}`);
  const message = session.page.locator('#haku-viesti', { hasText: /^\d+ tulos/ });
  await message.waitFor();
  // The first ten results are drawn after the count.
  const count = Math.min(10, Number(/^(\d+)/.exec((await message.textContent()) ?? '')![1]));
  const titles = session.page.locator('.hp-result__title');
  await expect.poll(() => titles.count()).toBe(count);
  return titles.allTextContents();
}

/**
 * Every result of a search (or of filters alone) through Pagefind's own API in the page: the
 * titles of all results, not only the first ones the search UI shows. The script is passed as
 * text because the test runner would rewrite an `import()` inside a function.
 */
async function searchAll(term: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  await session.page.goto(`${baseUrl}/haku/`);
  const script = `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const response = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(response.results.map(async (result) => (await result.data()).meta.title));
  })()`;
  return session.page.evaluate(script) as Promise<string[]>;
}

describe('the search', () => {
  test('finds an actor by its name', async () => {
    expect(await searchFor('Kivitippu')).toContain('Hotelli Kivitippu');
  });

  test('finds the base form from an inflected Finnish word', async () => {
    // "Evijärven yrittäjien yhdistys" is found with the genitive "yhdistyksen".
    expect(await searchAll('yhdistyksen')).toContain('Evijärven Yrittäjät ry');
  });

  test('finds the part of a compound and the plural of an -inen word', async () => {
    expect(await searchAll('aamiainen')).toContain('Kumppanuuspöytä');
    expect(await searchAll('pohjalainen')).toContain('Etelä-Pohjalaiset Kylät ry');
  });

  test('finds an actor by a word of its description', async () => {
    expect(await searchFor('kanteleensoittoa')).toEqual(['Testiyhdistys ry']);
  });

  test('shows each result with its type, municipality and branch', async () => {
    await searchFor('Kivitippu');
    const result = session.page
      .locator('.hp-result')
      .filter({ has: session.page.getByRole('link', { name: 'Hotelli Kivitippu' }) });
    expect(await result.locator('.hp-card__meta').textContent()).toBe(
      'Sisältö: Toimija · Kunta: Lappajärvi · Kasvusto: Luonto ja matkailu',
    );
  });

  test('filters by municipality as many pages as the content has there', async () => {
    const inVimpeli = (entry: { id: string; data: Record<string, unknown> }) =>
      entry.id.startsWith('vimpeli/') || ((entry.data.serves as string[] | undefined) ?? []).includes('vimpeli');
    const expected =
      listed('actors').filter(inVimpeli).length +
      listed('fruits').filter(inVimpeli).length +
      listed('events').filter(inVimpeli).length +
      // The municipality's own page and its page of each branch.
      1 +
      listed('branches').length;
    expect(await searchAll(null, { Kunta: 'Vimpeli' })).toHaveLength(expected);
  });

  test('filters by branch, sub-branches included in their parent', async () => {
    const onBranch = (entry: { data: Record<string, unknown> }) =>
      ((entry.data.branches as string[] | undefined) ?? [entry.data.branch as string]).includes('vapaaehtoistoiminta');
    const expected =
      listed('actors').filter(onBranch).length +
      listed('fruits').filter(onBranch).length +
      listed('events').filter(onBranch).length +
      // The branch's page in each municipality.
      listed('municipalities').length;
    expect(expected).toBeGreaterThan(0);
    expect(await searchAll(null, { Kasvusto: 'Vapaaehtoistoiminta' })).toHaveLength(expected);
    expect((await searchAll(null, { Kasvusto: 'Terveys ja sosiaalinen hyvinvointi' })).length).toBeGreaterThanOrEqual(expected);
  });

  test('narrows the results when a municipality is chosen, and keeps the choice in the address', async () => {
    const expected = await searchAll('kumppanuusaamiainen', { Kunta: 'Soini' });
    expect(expected.length).toBeGreaterThan(1);
    await searchFor('kumppanuusaamiainen');
    await session.page.getByText('Rajaukset', { exact: true }).click();
    await session.page.getByLabel('Kunta', { exact: true }).selectOption('Soini');
    await session.page.locator('#haku-lomake').getByRole('button', { name: 'Hae', exact: true }).click();
    await session.page.locator('#haku-viesti', { hasText: `${expected.length} tulosta haulla kumppanuusaamiainen` }).waitFor();
    // Shown are pages of Soini and of actors from elsewhere that also work in Soini.
    const shown = () => session.page.locator('.hp-result__title').allTextContents();
    await expect.poll(async () => (await shown()).sort()).toEqual([...expected].sort());
    expect(new URL(session.page.url()).searchParams.get('kunta')).toBe('Soini');
  });

  test('finds a branch page by a topic word, also in another form or as part of a compound', async () => {
    expect(await searchAll('liikunta')).toContain('Liikunta ja ulkoilu');
    expect(await searchAll('perhe')).toContain('Lapset, nuoret ja perheet');
    expect(await searchAll('vapaaehtoinen')).toContain('Vapaaehtoistoiminta');
    await searchFor('liikunta');
    await expect
      .poll(() => session.page.locator('.hp-result__title').first().getAttribute('href'))
      .toMatch(/\/kasvustot\/liikunta-ja-ulkoilu\/$/);
  });

  test('lists the pages with content before branch pages that have nothing recorded yet', async () => {
    await searchFor('vapaaehtoinen');
    const more = session.page.locator('#haku-lisaa');
    const titles = session.page.locator('.hp-result__title');
    // The button hides itself only once the results it asked for are drawn: wait for them
    // before asking again, or a click may wait for a button that has just gone.
    while (await more.isVisible()) {
      const drawn = await titles.count();
      await more.click();
      await expect.poll(() => titles.count()).toBeGreaterThan(drawn);
    }
    const hrefs = await titles.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const isEmptyBranch = async (href: string) =>
      href.includes('/kasvustot/') &&
      (await (await session.page.request.get(`${baseUrl}${href}`)).text()).includes('class="hp-empty"');
    const empty = await Promise.all(hrefs.map(isEmptyBranch));
    // Both kinds are found, and no page with content comes after an empty one.
    expect(empty).toContain(true);
    expect(empty).toContain(false);
    expect(empty.indexOf(true)).toBeGreaterThan(empty.lastIndexOf(false));
  });

  test('shows only the text of the page in excerpts, with labels apart from their values', async () => {
    await searchFor('kumppanuusaamiainen');
    const excerpts = (await session.page.locator('.hp-result > p:last-child').allTextContents()).join('\n');
    expect(excerpts).toContain('Kumppanuusaamiainen');
    // The helper forms the index adds ("kumppanuusaamiaisessa (aamiainen aamiaiset)") never show.
    expect(excerpts).not.toMatch(/\((aamiainen|aamiaiset|järvi|[a-zåäö]+(inen|iset))\b/);
    expect(excerpts).not.toMatch(/Aika\d/);
    expect(excerpts).toMatch(/Aika: \d/);
    // The matched word is highlighted by a <mark> the page made, holding text only.
    const marks = await session.page.locator('.hp-result > p:last-child mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /kumppanuusaamiai/i.test(mark))).toBe(true);
  });

  test('lists the results of a filter alone and says why an actor from elsewhere is among them', async () => {
    await session.page.goto(`${baseUrl}/haku/?kunta=Vimpeli`);
    const message = session.page.locator('#haku-viesti', { hasText: /^\d+ tulosta rajauksilla/ });
    await message.waitFor();
    expect(Number(/^(\d+)/.exec((await message.textContent())!)![1])).toBeGreaterThan(10);
    await expect.poll(() => session.page.locator('.hp-result__title').count()).toBe(10);
    const reasons = await session.page.locator('.hp-result__reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons)).toEqual(new Set(['Toimii myös kunnassa Vimpeli']));
    // The choices say how many pages each has, and leave out those with none.
    const options = await session.page.getByLabel('Kunta', { exact: true }).locator('option').allTextContents();
    expect(options).toContainEqual(expect.stringMatching(/^Vimpeli \(\d+\)$/));
    expect(options.every((option) => option === 'Kaikki' || !/\(0\)$/.test(option))).toBe(true);
  });

  test('suggests branches and the A–Ö directory when nothing is found', async () => {
    // Pagefind itself finds a word that begins like a branch ("liikuntakerho"), so only a word
    // unlike any on the site finds nothing; the main branches are suggested then.
    await session.page.goto(`${baseUrl}/haku/?q=qqxyzzy`);
    await session.page.locator('#haku-viesti', { hasText: 'ei löytynyt tuloksia' }).waitFor();
    const suggestions = session.page.locator('#haku-ehdotukset');
    await expect.poll(() => suggestions.isVisible()).toBe(true);
    await expect(suggestions.getByRole('link', { name: 'Liikunta ja ulkoilu' }).getAttribute('href')).resolves.toBe(
      '/haku/?kasvusto=Liikunta+ja+ulkoilu',
    );
    await expect(suggestions.getByRole('link', { name: 'Toimijat A–Ö' }).getAttribute('href')).resolves.toBe('/toimijat/');
  });

  test('keeps the search words when the language is switched', async () => {
    await searchFor('kumppanuusaamiainen');
    const swedish = session.page.locator('.hp-editions a[hreflang="sv"]');
    await expect.poll(() => swedish.getAttribute('href')).toBe('/sv/haku/?q=kumppanuusaamiainen');
    await swedish.click();
    await session.page.waitForURL(`${baseUrl}/sv/haku/?q=kumppanuusaamiainen`);
    await expect.poll(() => session.page.locator('#haku-sana').inputValue()).toBe('kumppanuusaamiainen');
  });

  test('starts from the search box in the header of every page', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/`);
    await session.page.getByRole('searchbox', { name: 'Hae sivustolta' }).first().fill('Mothers');
    await session.page.getByRole('button', { name: 'Hae', exact: true }).click();
    await session.page.waitForURL(`${baseUrl}/haku/?q=Mothers`);
    await session.page.locator('.hp-result__title').first().waitFor();
    expect(await session.page.locator('.hp-result__title').first().textContent()).toBe('Mothers for Kids ry');
  });

  test('has no axe violations with results shown', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/haku/?q=kumppanuusaamiainen`);
    await page.locator('.hp-result').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    await context.close();
    console.info(
      `axe /haku/?q=kumppanuusaamiainen: ${results.passes.length} rules passed, ${results.violations.length} violations`,
    );
    expect(
      results.violations.map((violation) => ({
        rule: violation.id,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      })),
    ).toEqual([]);
  });

  test('without JavaScript offers the A–Ö directory and the branch listings instead', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/haku/?q=seura`);
    await expect(page.getByText('Haku tarvitsee JavaScriptin.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('main').getByRole('link', { name: 'Toimijat A–Ö' }).getAttribute('href')).resolves.toBe(
      '/toimijat/',
    );
    await page.locator('summary', { hasText: 'Vimpeli' }).click();
    await expect(page.getByRole('link', { name: 'Liikunta ja ulkoilu' }).getAttribute('href')).resolves.toBe(
      '/vimpeli/kasvustot/liikunta-ja-ulkoilu/',
    );
    await context.close();
  });
});
