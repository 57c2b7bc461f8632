import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { parseSubmission } from '~/lib/submissions/message';
import { goodActorValues } from '../fixtures/submission-values';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');
const contentRoot = inject('contentRoot');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The settings a deployment gives (`HYVINVOINTIPUU_CORRECTIONS_EMAIL`, `HYVINVOINTIPUU_REPOSITORY`), put into the served form. */
const SETTINGS = {
  email: 'kirjaamo@example.fi',
  repository: {
    kind: 'github',
    origin: 'https://github.com',
    path: 'kunta/hyvinvointipuu',
    url: 'https://github.com/kunta/hyvinvointipuu',
  },
};

/**
 * A page of its own. The shared test build has no email or repository set (other tests check
 * the site without them), so `configured` writes them into the form's settings as a build with
 * them would, without a second build.
 */
async function open(
  path: string,
  { configured = false, width = 1280, javaScript = true } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
  if (configured) {
    await context.route('**/ilmoita/**', async (route) => {
      const response = await route.fetch();
      const settings = JSON.stringify(SETTINGS).slice(1, -1).replace(/"/g, '&quot;');
      const body = (await response.text()).replace('data-submission="{', `data-submission="{${settings},`);
      await route.fulfill({ response, body });
    });
  }
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${baseUrl}${path}`);
  return { page, context };
}

type Values = Record<string, string | string[] | boolean>;

async function fill(page: Page, values: Values): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#ilmoita-lomake [name="${name}"]`);
    if (typeof value === 'boolean') await (value ? field.check() : field.uncheck());
    else if (Array.isArray(value)) for (const item of value) await page.locator(`[name="${name}"][value="${item}"]`).check();
    else if ((await field.first().evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

async function submit(page: Page): Promise<void> {
  await page.locator('#ilmoita-lomake button[type="submit"]').click();
}

/** The message next to a field, after checking that the field points to it and is marked invalid. */
async function messageOf(page: Page, name: string): Promise<string> {
  const field = page.locator(`#ilmoita-${name}`);
  const error = page.locator(`#ilmoita-${name}-virhe`);
  await expect.poll(() => error.isVisible()).toBe(true);
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(`ilmoita-${name}-virhe`);
  return (await error.textContent()) ?? '';
}

/** The problems the content check finds in a file written into a copy of the served site's content. */
function checkFile(path: string, text: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-submitted-'));
  try {
    cpSync(contentRoot, root, { recursive: true });
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    return checkContent(root, root)
      .problems.filter((problem) => problem.file === path)
      .map((problem) => `${problem.field}: ${problem.expected}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function noSidewaysScrolling(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const goodEvent: Values = {
  titleFi: 'Kesätanssit <b>lavalla</b>',
  municipality: 'vimpeli',
  branch: 'kulttuuri-ja-harrastukset',
  kind: 'culture',
  audience: ['families'],
  startDate: '2027-06-05',
  startTime: '19:00',
  endTime: '23:30',
  place: 'Lava, Rantatie 2',
  organiser: 'vimpeli/spr-vimpelin-osasto',
  summary: 'Tanssit lavalla: elävää musiikkia.',
  body: '---\nkind: meeting\n---\nOhjelmassa <script>alert(1)</script> tanssia.',
  infoName: 'Maija Meikäläinen',
  infoPhone: '040 123 4567',
  senderName: 'Matti Meikäläinen',
  senderEmail: 'matti@example.fi',
};

const goodActor: Values = { ...goodActorValues, consent: true };

describe('the event form', () => {
  test('writes a Finnish event that passes the content check, to send by email, as an issue or as text', async () => {
    const { page, context } = await open('/ilmoita/tapahtuma/', { configured: true });
    expect(await page.locator('#ilmoita-ilman-javascriptia').count()).toBe(0);
    await fill(page, goodEvent);
    await submit(page);
    const output = page.locator('#ilmoita-valmis');
    await output.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ilmoita-valmis');
    const text = await page.locator('#ilmoita-teksti').inputValue();
    expect(text).toContain('Suostumus henkilötietojen julkaisuun: EI.');
    expect(text).toContain('- Lisätietoja antaa (ei lupaa julkaista): Maija Meikäläinen, 040 123 4567');
    const file = parseSubmission(text);
    if (file.kind !== 'entry') throw new Error(`no entry in:\n${text}`);
    expect(file.path).toBe('events/vimpeli/kesatanssit-blavallab-2027-06-05.md');
    expect(file.text).toContain('title: Kesätanssit <b>lavalla</b>\n');
    expect(file.text).not.toContain('Maija');
    expect(checkFile(file.path, file.text)).toEqual([]);

    // The same text by email (CRLF line breaks) and, without the sender's details, as a GitHub issue.
    const mailto = (await page.locator('#ilmoita-sahkoposti').getAttribute('href'))!;
    expect(mailto.startsWith('mailto:kirjaamo@example.fi?subject=Uusi%20tapahtuma%3A%20')).toBe(true);
    expect(decodeURIComponent(mailto.split('&body=')[1]!)).toBe(text.replace(/\n/g, '\r\n'));
    expect(await page.locator('#ilmoita-sahkoposti').textContent()).toContain('kirjaamo@example.fi');
    const issue = new URL((await page.locator('#ilmoita-issue').getAttribute('href'))!);
    expect(issue.origin + issue.pathname).toBe('https://github.com/kunta/hyvinvointipuu/issues/new');
    expect(issue.searchParams.get('body')).not.toContain('matti@example.fi');
    expect(parseSubmission(issue.searchParams.get('body')!)).toMatchObject({ text: file.text });
    expect(await page.locator('#ilmoita-tapa-kunta').isHidden()).toBe(true);

    // What was typed is text everywhere: no element came from it.
    expect(await page.locator('main b, main script:not([src])').count()).toBe(0);
    expect(await noSidewaysScrolling(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });

  test('publishes the contact for more information only with consent', async () => {
    const { page, context } = await open('/ilmoita/tapahtuma/');
    await fill(page, { ...goodEvent, titleFi: 'Syystanssit', consent: true });
    await submit(page);
    const file = parseSubmission(await page.locator('#ilmoita-teksti').inputValue());
    expect(file.kind === 'entry' && file.text).toContain('Lisätietoja: Maija Meikäläinen, 040 123 4567');
    await context.close();
  });

  test.each([
    ['a missing title', { titleFi: '' }, 'titleFi', 'Tämä tieto tarvitaan.'],
    ['a malformed email', { infoEmail: 'maija(at)example.fi' }, 'infoEmail', 'Odotetaan:'],
    ['a malformed phone number', { infoPhone: '040-ABC' }, 'infoPhone', 'Odotetaan:'],
    ['an end before its start', { endDate: '2027-06-04', endTime: '' }, 'endDate', '2027-06-05 19:00'],
  ])('holds %s in Finnish, names the field and gives no submission', async (_, change, field, words) => {
    const { page, context } = await open('/ilmoita/tapahtuma/', { configured: true });
    await fill(page, { ...goodEvent, ...change });
    await submit(page);
    expect(await messageOf(page, field)).toContain(words);
    const summary = page.locator('#ilmoita-virheet');
    expect(await summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ilmoita-virheet');
    expect(await summary.locator('a').first().getAttribute('href')).toBe(`#ilmoita-${field}`);
    expect(await page.locator('#ilmoita-valmis').isHidden()).toBe(true);
    expect(await page.locator('#ilmoita-teksti').inputValue()).toBe('');
    expect(await page.locator('#ilmoita-sahkoposti').getAttribute('href')).toBe('#ilmoita-teksti');
    // The summary's link takes the reader to the field.
    await summary.locator('a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`ilmoita-${field}`);
    await context.close();
  });

  test('tells of a malformed email as the sender leaves the field, and takes the message away once it is right', async () => {
    const { page, context } = await open('/sv/ilmoita/tapahtuma/');
    // Passing through an empty field says nothing yet.
    await page.locator('#ilmoita-titleFi').focus();
    await page.locator('#ilmoita-senderEmail').fill('matti@');
    await page.locator('#ilmoita-senderPhone').focus();
    expect(await messageOf(page, 'senderEmail')).toMatch(/^Förväntas: /);
    expect(await page.locator('#ilmoita-titleFi-virhe').isHidden()).toBe(true);
    await page.locator('#ilmoita-senderEmail').fill('matti@example.fi');
    await expect.poll(() => page.locator('#ilmoita-senderEmail-virhe').isHidden()).toBe(true);
    expect(await page.locator('#ilmoita-senderEmail').getAttribute('aria-invalid')).toBeNull();
    await context.close();
  });

  test('offers the chosen municipality’s actors as organisers, and takes the municipality from the link', async () => {
    const { page, context } = await open('/ilmoita/tapahtuma/?kunta=vimpeli');
    const organisers = () =>
      page
        .locator('#ilmoita-organiser option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(await page.locator('#ilmoita-municipality').inputValue()).toBe('vimpeli');
    expect(await organisers()).toContain('vimpeli/spr-vimpelin-osasto');
    await page.locator('#ilmoita-municipality').selectOption('soini');
    expect(await organisers()).toContain('soini/soinin-kunta');
    expect(await organisers()).not.toContain('vimpeli/spr-vimpelin-osasto');
    await context.close();
  });
});

describe('the actor form', () => {
  test('writes a Swedish-edition actor with its contact person, by consent, that passes the content check', async () => {
    const { page, context } = await open('/sv/ilmoita/toimija/');
    await fill(page, goodActor);
    await submit(page);
    await page.locator('#ilmoita-valmis').waitFor();
    const text = await page.locator('#ilmoita-teksti').inputValue();
    expect(text).toContain('Suostumus henkilötietojen julkaisuun: KYLLÄ.');
    const file = parseSubmission(text);
    if (file.kind !== 'entry') throw new Error(`no entry in:\n${text}`);
    expect(file.path).toBe('actors/alajarvi/kurejoen-nuorisoseura-ry.md');
    expect(file.text).toContain('name: Liisa Esimerkki');
    expect(checkFile(file.path, file.text)).toEqual([]);
    // Without an address or a repository set, the text goes to the municipality.
    expect(await page.locator('#ilmoita-tapa-sahkoposti').isHidden()).toBe(true);
    expect(await page.locator('#ilmoita-kunta').getAttribute('href')).toBe('https://www.alajarvi.fi/');
    expect(await page.locator('#ilmoita-kunta').textContent()).toContain('Alajärvi');
    await context.close();
  });

  test('keeps the contact person out of the entry without consent', async () => {
    const { page, context } = await open('/ilmoita/toimija/');
    await fill(page, { ...goodActor, consent: false });
    await submit(page);
    const text = await page.locator('#ilmoita-teksti').inputValue();
    const file = parseSubmission(text);
    expect(file.kind === 'entry' && file.text).not.toContain('Liisa');
    expect(text).toContain('- Yhteyshenkilö (ei lupaa julkaista): puheenjohtaja, Liisa Esimerkki, 040 765 4321');
    await context.close();
  });

  test.each([
    ['a missing name', { name: '' }, 'name', 'Denna uppgift behövs.'],
    ['a malformed email', { email: 'info@' }, 'email', 'Förväntas: '],
    ['a malformed phone number', { contactPhone: '12' }, 'contactPhone', 'Förväntas: '],
    ['a malformed postal code', { postalCode: '629' }, 'postalCode', 'Förväntas: '],
    ['a business id whose check digit is wrong', { businessId: '0201256-5' }, 'businessId', 'Förväntas: '],
    ['a web address without its scheme', { website: 'www.kurejoki.fi' }, 'website', 'Förväntas: '],
  ])('holds %s in Swedish, names the field and gives no submission', async (_, change, field, words) => {
    const { page, context } = await open('/sv/ilmoita/toimija/', { configured: true });
    await fill(page, { ...goodActor, ...change });
    await submit(page);
    expect(await messageOf(page, field)).toContain(words);
    expect(await page.locator('#ilmoita-virheet').isVisible()).toBe(true);
    expect(await page.locator('#ilmoita-valmis').isHidden()).toBe(true);
    expect(await page.locator('#ilmoita-teksti').inputValue()).toBe('');
    await context.close();
  });

  test('holds an actor without a branch in English, on the group of checkboxes', async () => {
    const { page, context } = await open('/en/ilmoita/toimija/');
    await fill(page, { ...goodActor, branches: [] });
    await submit(page);
    expect(await messageOf(page, 'branches')).toBe('This is needed.');
    await context.close();
  });
});

describe('the correction form', () => {
  test('opens on the entry of its link and writes a correction in the English edition', async () => {
    const { page, context } = await open('/en/ilmoita/korjaus/?kohde=actors/vimpeli/spr-vimpelin-osasto', { configured: true });
    expect(await page.locator('#ilmoita-target').inputValue()).toBe('actors/vimpeli/spr-vimpelin-osasto');
    await fill(page, { problem: 'The phone number is old.', correction: 'Call 06 123 4567.', senderPhone: '040 111 2222' });
    await submit(page);
    const text = await page.locator('#ilmoita-teksti').inputValue();
    expect(text).toContain('Kohde: content/actors/vimpeli/spr-vimpelin-osasto.md');
    expect(text).toContain('/en/vimpeli/toimijat/spr-vimpelin-osasto/');
    expect(parseSubmission(text)).toEqual({ kind: 'correction', target: 'content/actors/vimpeli/spr-vimpelin-osasto.md' });
    await context.close();
  });

  test('needs what is wrong and gives no submission without it', async () => {
    const { page, context } = await open('/ilmoita/korjaus/?kohde=vimpeli/spr-vimpelin-osasto');
    expect(await page.locator('#ilmoita-target').inputValue()).toBe('actors/vimpeli/spr-vimpelin-osasto');
    await submit(page);
    expect(await messageOf(page, 'problem')).toBe('Tämä tieto tarvitaan.');
    expect(await page.locator('#ilmoita-valmis').isHidden()).toBe(true);
    await context.close();
  });
});

describe('every form', () => {
  const forms = ['/ilmoita/tapahtuma/', '/ilmoita/toimija/', '/ilmoita/korjaus/'];

  test.each(forms)('%s explains without JavaScript which facts to send and where', async (path) => {
    const { page, context } = await open(path, { javaScript: false });
    const note = page.locator('#ilmoita-ilman-javascriptia');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Kerro');
    // No address is set in the test build, so the municipalities' own websites are offered.
    expect(await note.locator('a[href="https://www.vimpeli.fi/"]').count()).toBe(1);
    expect(await page.locator('#ilmoita-lomake').isHidden()).toBe(true);
    await context.close();
  });

  test.each(forms)('%s has no axe violations, empty, with its problems shown, and fits 390 px', async (path) => {
    const { page, context } = await open(path, { width: 390 });
    const axe = async () =>
      (
        await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      ).violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
    expect(await axe()).toEqual([]);
    await submit(page);
    await page.locator('#ilmoita-virheet').waitFor();
    expect(await axe()).toEqual([]);
    expect(await noSidewaysScrolling(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });

  test('the finished submission has no axe violations either', async () => {
    const { page, context } = await open('/ilmoita/toimija/', { configured: true, width: 390 });
    await fill(page, goodActor);
    await submit(page);
    await page.locator('#ilmoita-valmis').waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    expect(await noSidewaysScrolling(page)).toBe(0);
    await context.close();
  });

  test('are linked from the calendar, the directory and the footer', async () => {
    const { page, context } = await open('/tapahtumat/');
    expect(await page.locator('main a[href="/ilmoita/tapahtuma/"]').count()).toBe(1);
    expect(await page.locator('footer a[href="/ilmoita/toimija/"]').count()).toBe(1);
    await page.goto(`${baseUrl}/sv/toimijat/`);
    expect(await page.locator('main a[href="/sv/ilmoita/toimija/"]').count()).toBe(1);
    await page.goto(`${baseUrl}/vimpeli/tapahtumat/`);
    expect(await page.locator('main a[href="/ilmoita/tapahtuma/?kunta=vimpeli"]').count()).toBe(1);
    await context.close();
  });
});
