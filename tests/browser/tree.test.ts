import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { renderPosterSvg } from '~/lib/poster/render-poster-svg';
import { syntheticTreeInput } from '~/lib/synthetic/tree-input';
import { layoutTree } from '~/lib/tree/layout-tree';
import { useChromiumPage } from './chromium';

const baseUrl = inject('baseUrl');
const session = useChromiumPage();

/** Presses Tab until the focused element's accessible name starts with `name`. */
async function tabTo(name: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await session.page.keyboard.press('Tab');
    const label = await session.page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
    );
    if (label.startsWith(name)) return;
  }
  throw new Error(`No element named "${name}" was reached in ${limit} presses of Tab`);
}

describe('the wellbeing tree', () => {
  test('an apple is reached by keyboard, shows a focus ring and leads to its fruit', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/`);
    await tabTo('Hedelmä: Hyvän teon kampanjat');
    const ring = await session.page.evaluate(() => {
      const circle = document.activeElement!.querySelector('.hp-ring')!;
      const style = getComputedStyle(circle);
      return { stroke: style.stroke, width: style.strokeWidth };
    });
    expect(ring).toEqual({ stroke: 'rgb(11, 87, 208)', width: '3px' });
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(`${baseUrl}/vimpeli/hedelmat/hyvan-teon-kampanjat/`);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Hyvän teon kampanjat');
  });

  test('every actor of the municipality is a leaf that links to its page', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/`);
    const tree = session.page.getByRole('group', { name: 'Hyvinvointipuu – Vimpeli' });
    await expect(tree.getByRole('link', { name: 'SPR:n Vimpelin osasto' }).getAttribute('href')).resolves.toBe(
      '/vimpeli/toimijat/spr-vimpelin-osasto/',
    );
    await expect(tree.getByRole('link', { name: 'Testiyhdistys ry' }).count()).resolves.toBe(1);
    // The figure points to the listing that is its text alternative.
    await expect(session.page.getByRole('link', { name: 'Puun sisältö tekstinä' }).getAttribute('href')).resolves.toBe(
      '#toimijat-kasvustoittain',
    );
  });

  test('the forest on the front page leads to each municipality', async () => {
    await session.page.goto(`${baseUrl}/`);
    const forest = session.page.getByRole('group', { name: 'Järviseudun hyvinvointimetsä' });
    // The six bundled municipalities and the dense test municipality.
    await expect(forest.getByRole('link').count()).resolves.toBe(7);
    await forest.getByRole('link', { name: /^Soini:/ }).click();
    await session.page.waitForURL(`${baseUrl}/soini/`);
  });

  test('a dense branch links the names it cannot show to the branch page', async () => {
    await session.page.goto(`${baseUrl}/testikunta/`);
    const more = session.page.getByRole('link', { name: /^\+\d+ muuta – Liikunta ja ulkoilu$/ });
    await expect(more.count()).resolves.toBe(1);
    await more.click();
    await session.page.waitForURL(`${baseUrl}/testikunta/kasvustot/liikunta-ja-ulkoilu/`);
  });

  test('the name of an actor beside the drawing is one link with its leaf', async () => {
    await session.page.setViewportSize({ width: 1280, height: 800 });
    await session.page.goto(`${baseUrl}/vimpeli/`);
    const tree = session.page.getByRole('group', { name: 'Hyvinvointipuu – Vimpeli' });
    const link = tree.getByRole('link', { name: 'SPR:n Vimpelin osasto' });
    await expect(link.count()).resolves.toBe(1);
    await link.locator('text').click();
    await session.page.waitForURL(`${baseUrl}/vimpeli/toimijat/spr-vimpelin-osasto/`);
  });

  test('the poster is offered as an A3 SVG and as A3 and A4 PDFs, linked from the tree', async () => {
    await session.page.goto(`${baseUrl}/vimpeli/`);
    const caption = session.page.locator('#puun-kuvateksti');
    const hrefs = await caption.locator('a[download]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(['/vimpeli/juliste-a3.pdf', '/vimpeli/juliste-a4.pdf', '/vimpeli/hyvinvointipuu.svg']);
    const svg = await session.page.request.get(`${baseUrl}/vimpeli/hyvinvointipuu.svg`);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg [^>]*width="(297mm" height="420mm|420mm" height="297mm)"/);
    for (const size of ['a3', 'a4']) {
      const pdf = await session.page.request.get(`${baseUrl}/vimpeli/juliste-${size}.pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  test("the poster's QR code, read from the drawing as a phone would, opens the municipality page", async () => {
    const svg = await (await session.page.request.get(`${baseUrl}/sv/vimpeli/hyvinvointipuu.svg`)).text();
    const page = session.page;
    // A blank page, so the site's own content policy does not stop the reader's script.
    await page.goto('about:blank');
    await page.addScriptTag({ path: fileURLToPath(import.meta.resolve('jsqr/dist/jsQR.js')) });
    const address = await page.evaluate(async (source) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(source)))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [1600, Math.round((1600 * image.naturalHeight) / image.naturalWidth)];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      const read = (window as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null })
        .jsQR;
      return read(pixels.data, pixels.width, pixels.height)?.data ?? null;
    }, svg);
    expect(address).toBe(new URL('/sv/vimpeli/', inject('siteUrl')).href);
  });

  test('a poster whose words hold markup characters is still an SVG file the browser reads as XML', async () => {
    const hostile = 'Liikunta (alle <18 v) & "muut" ]]> <script>';
    const input = syntheticTreeInput(8, 2);
    input.branches[0]!.name = hostile;
    const { svg } = renderPosterSvg(layoutTree(input), {
      id: 'juliste',
      title: hostile,
      description: hostile,
      fruitWord: 'Hedelmä',
      attractionWord: 'vetovoimatekijä',
      text: { heading: hostile, subtitle: hostile, legend: [], more: hostile, address: 'https://puu.example/vimpeli/' },
    });
    await session.page.goto('about:blank');
    const read = await session.page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        title: document.querySelector('title')?.textContent ?? null,
        scripts: document.querySelectorAll('script').length,
      };
    }, svg);
    expect(read).toEqual({ error: null, title: hostile, scripts: 0 });
  });
});

/**
 * How far the page reaches past the screen's right edge, in pixels (0 when it does not).
 * Measured against the screen's width, not `innerWidth`: a phone widens its layout viewport to
 * fit content that sticks out, which would hide the overflow.
 */
function sidewaysOverflow(page: Page): Promise<number> {
  const screenWidth = page.viewportSize()!.width;
  return page.evaluate((screen) => Math.max(0, document.documentElement.scrollWidth - screen), screenWidth);
}

/** The horizontal extent of an element on the screen. */
async function horizontalBox(page: Page, selector: string): Promise<{ left: number; right: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return { left: box.x, right: box.x + box.width };
}

describe.each([320, 390])('the tree on a %i-pixel phone', (width) => {
  const phone = {} as { page: Page };
  beforeAll(async () => {
    const context = await session.browser.newContext({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });
    phone.page = await context.newPage();
  });
  afterAll(() => phone.page?.context().close());

  test('shows the whole municipality tree without sideways scrolling', async () => {
    await phone.page.goto(`${baseUrl}/vimpeli/`);
    await expect(sidewaysOverflow(phone.page)).resolves.toBeLessThanOrEqual(0);
    // The wide drawing is out of the page and of the accessibility tree; the narrow tree is in.
    await expect(phone.page.locator('.hp-tree__scroll').isVisible()).resolves.toBe(false);
    const tree = phone.page.getByRole('group', { name: 'Hyvinvointipuu – Vimpeli' });
    await expect(tree.count()).resolves.toBe(1);
    for (const selector of [
      '.hp-tree-narrow__trunk',
      '.hp-tree-narrow__branch:first-child .hp-tree-narrow__line--branch',
      '.hp-tree-narrow__branch:last-child .hp-tree-narrow__line--branch',
    ]) {
      const box = await horizontalBox(phone.page, selector);
      expect(box.left, selector).toBeGreaterThanOrEqual(0);
      expect(box.right, selector).toBeLessThanOrEqual(width);
    }
    // Every link of the narrow tree is a target of at least 24 by 24 pixels.
    const small = await tree
      .getByRole('link')
      .evaluateAll(
        (links) => links.map((link) => link.getBoundingClientRect()).filter((box) => box.height < 24 || box.width < 24).length,
      );
    expect(small).toBe(0);
  });

  test('leads from a tapped actor name to the actor', async () => {
    await phone.page.goto(`${baseUrl}/vimpeli/`);
    const tree = phone.page.getByRole('group', { name: 'Hyvinvointipuu – Vimpeli' });
    await tree.getByRole('link', { name: 'SPR:n Vimpelin osasto' }).tap();
    await phone.page.waitForURL(`${baseUrl}/vimpeli/toimijat/spr-vimpelin-osasto/`);
  });

  test('shows the forest as trees with readable names, without sideways scrolling', async () => {
    await phone.page.goto(`${baseUrl}/`);
    await expect(sidewaysOverflow(phone.page)).resolves.toBeLessThanOrEqual(0);
    await expect(phone.page.locator('.hp-forest').isVisible()).resolves.toBe(false);
    const names = phone.page.locator('.hp-forest-list a span');
    await expect(names.count()).resolves.toBe(7);
    const smallest = await names.evaluateAll((spans) =>
      Math.min(...spans.map((span) => parseFloat(getComputedStyle(span).fontSize))),
    );
    expect(smallest).toBeGreaterThanOrEqual(16);
    for (const box of await phone.page
      .locator('.hp-forest-list li')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(width);
    }
    await phone.page.getByRole('link', { name: /^Soini:/ }).tap();
    await phone.page.waitForURL(`${baseUrl}/soini/`);
  });
});
