import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/**
 * The `Content-Security-Policy` of `_headers` for each response, as a host applies the file: the
 * `/*` block, unless a more specific folder block (the editor's `/hallinta/*`) detaches it and
 * sets its own. Returns the policy sent for each page path.
 */
async function sendHeaderPolicies(context: BrowserContext): Promise<Map<string, string>> {
  const blocks = readFileSync(`${distRoot}/_headers`, 'utf8')
    .split(/\n(?=\/)/)
    .map((block) => {
      const [pattern, ...lines] = block.trim().split('\n');
      const policy = lines.map((line) => /^ {2}Content-Security-Policy: (.*)$/.exec(line)?.[1]).find(Boolean);
      return { prefix: pattern!.replace(/\*$/, ''), policy };
    })
    .filter((block): block is { prefix: string; policy: string } => Boolean(block.policy));
  expect(blocks.map((block) => block.prefix)).toEqual(['/', '/hallinta/']);
  const sent = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const { pathname } = new URL(route.request().url());
    const policy = blocks.filter((block) => pathname.startsWith(block.prefix)).at(-1)!.policy;
    expect(policy).toContain("frame-ancestors 'none'");
    if (route.request().resourceType() === 'document') sent.set(pathname, policy);
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  return sent;
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
    const context = await browser.newContext();
    await sendHeaderPolicies(context);
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

  test('lets the editor start under its own policy, from the page and from _headers, without a violation', async () => {
    const context = await browser.newContext();
    const sent = await sendHeaderPolicies(context);
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${baseUrl}/hallinta/?harjoittelu`);
    await page.getByRole('button').first().click();
    await page.getByText('Kokoelmat').first().waitFor();
    await page.getByText('Toimijat').first().click();
    await page.waitForLoadState('networkidle');
    expect(sent.get('/hallinta/')).toContain("style-src 'self' 'unsafe-inline'");
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain(
      "style-src 'self' 'unsafe-inline'",
    );
    expect(await violations()).toEqual([]);
    await context.close();
  });

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
