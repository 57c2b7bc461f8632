import { describe, expect, inject, test } from 'vitest';
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

  test('the poster downloads as an A3 SVG', async () => {
    const response = await session.page.request.get(`${baseUrl}/vimpeli/hyvinvointipuu.svg`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(await response.text()).toMatch(/^<svg [^>]*width="297mm" height="420mm"/);
  });
});
