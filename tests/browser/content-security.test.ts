import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');
const distRoot = inject('distRoot');

/**
 * One page of every route in every edition: a path's shape is the path with each entry's own
 * name (the part after a municipality, a collection folder or a page number) replaced.
 */
function onePagePerRoute(): string[] {
  const municipalities = new Set(
    readdirSync(distRoot, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(`${distRoot}/${entry.name}`).includes('muuttajalle'))
      .map((entry) => entry.name),
  );
  const byShape = new Map<string, string>();
  for (const file of readdirSync(distRoot, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.html')) continue;
    const path = `/${file.replace(/index\.html$/, '')}`;
    const shape = path
      .split('/')
      .map((part, i, parts) =>
        municipalities.has(part)
          ? '[kunta]'
          : /^(toimijat|hedelmat|tapahtumat|kasvustot|kasvusto)$/.test(parts[i - 1] ?? '')
            ? '[id]'
            : part,
      )
      .join('/');
    if (!byShape.has(shape)) byShape.set(shape, path);
  }
  return [...byShape.values()];
}

/** Collects the page's policy violations from its first byte on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`),
    );
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...console,
  ];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the content security policy', () => {
  const paths = onePagePerRoute();

  test('covers a page of every route in every edition', () => {
    console.info(`content security policy: ${paths.length} pages, one per route and edition`);
    expect(paths).toEqual(expect.arrayContaining(['/', '/sv/', '/en/', '/haku/', '/404.html']));
    expect(paths.length).toBeGreaterThan(60);
  });

  test('every page carries it and breaks none of it while loading', async () => {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      if (!policy?.includes("script-src 'self' 'wasm-unsafe-eval'")) found.push(`${path}: no policy`);
      found.push(...(await violations()).map((violation) => `${path}: ${violation}`));
    }
    await page.close();
    expect(found).toEqual([]);
  }, 180_000);

  test('holds as well when a host also sends the policy of the built _headers file', async () => {
    // As Netlify or Cloudflare Pages would: every response gets the header written into the build.
    const headerPolicy = /^\/\*\n(?:  .*\n)*?  Content-Security-Policy: (.*)$/m.exec(
      readFileSync(`${distRoot}/_headers`, 'utf8'),
    )?.[1];
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': headerPolicy! } });
    });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const found: string[] = [];
    for (const path of [...paths, '/haku/?q=kumppanuusaamiainen', '/sv/haku/?q=frivilligverksamhet']) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      if (path.includes('?q=')) await page.locator('#haku-tulokset li').first().waitFor();
      found.push(...(await violations()).map((violation) => `${path}: ${violation}`));
    }
    await context.close();
    expect(found).toEqual([]);
  }, 180_000);

  test('lets a search run through Pagefind and its WebAssembly without a violation', async () => {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${baseUrl}/haku/?q=kumppanuusaamiainen`);
    // Results are drawn after the count is announced: wait for the first one.
    await page.locator('#haku-tulokset li').first().waitFor();
    expect(await page.locator('#haku-viesti').textContent()).toMatch(/^\d+ tulos/);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('stops an inline script put on a page, as markup slipped into content would be', async () => {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${baseUrl}/alajarvi/toimijat/html-testiseura/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect((await violations()).join('\n')).toMatch(/script-src/);
    await page.close();
  });
});
