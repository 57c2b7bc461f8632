import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { launchChromium } from './chromium';

/**
 * The real editor (Sveltia CMS, as the build bundles it) in its practice mode, whose test
 * back-end keeps the files in the browser's private file system: what a member of staff saves
 * there is exactly the text a pull request would carry, so it is read back and checked here.
 */
const baseUrl = inject('baseUrl');
const contentRoot = inject('contentRoot');
const PRACTICE_FOLDER = 'sveltia-cms-test';

let page: Page;
const session: { close?: () => Promise<void> } = {};

beforeAll(async () => {
  const browser = await launchChromium();
  session.close = () => browser.close();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' })).newPage();
  await page.goto(`${baseUrl}/hallinta/?harjoittelu`);
  // The editor's welcome asks which back-end to work with; practice mode offers only the test one.
  await page.getByRole('button').first().click();
  await page.getByText('Kokoelmat').first().waitFor();
});
afterAll(() => session.close?.());

/** A field of the entry being edited, by its Finnish label. */
function field(label: string, scope: Page | Locator = page): Locator {
  return scope.getByRole('group', { name: new RegExp(`^”\\u2068?${label}\\u2069?”-kenttä$`) });
}

/** The editor renders fields as they scroll into view: scrolls the form until `keyPath` has its input. */
async function reveal(keyPath: string): Promise<Locator> {
  const input = page.locator(`[data-key-path="${keyPath}"]`).filter({ has: page.locator('input, button, textarea') });
  await page.mouse.move(300, 500);
  for (let turn = 0; turn < 20 && (await input.count()) === 0; turn++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  return input.first();
}

/** Picks an option of a select or pick-list by the name it shows (a short list shows radio buttons). */
async function pick(scope: Locator, option: string): Promise<void> {
  const radio = scope.getByRole('radio', { name: option, exact: true });
  if ((await radio.count()) > 0) return radio.click();
  await scope.getByRole('combobox').first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function chooseFolder(municipality: string): Promise<void> {
  await page.getByRole('button', { name: 'Yläkansio' }).click();
  await page.getByRole('treeitem', { name: new RegExp(municipality) }).click();
}

async function save(): Promise<void> {
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByText('Merkintä tallennettu').first().waitFor();
}

/** A file as the editor saved it, once it differs from `before` (the editor saves in the background). */
async function savedFile(path: string, before?: string): Promise<string> {
  for (let turn = 0; turn < 50; turn++) {
    const text = await readSaved(path).catch(() => undefined);
    if (text !== undefined && text !== before) return text;
    await page.waitForTimeout(200);
  }
  throw new Error(`the editor did not save ${path}`);
}

function readSaved(path: string): Promise<string> {
  return page.evaluate(
    async ({ folder, path }) => {
      let directory = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part);
      return (await (await directory.getFileHandle(parts.at(-1)!)).getFile()).text();
    },
    { folder: PRACTICE_FOLDER, path },
  );
}

/** The content check's verdict on the served content with these files written into it. */
function problemsWith(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-editor-'));
  try {
    cpSync(contentRoot, join(root, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return checkContent(join(root, 'content'), root, join(contentRoot, '../public')).problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the browser editor', () => {
  const saved: Record<string, string> = {};

  test('creates an association in a municipality folder, its branch picked by its Finnish name', async () => {
    await page.goto(`${baseUrl}/hallinta/?harjoittelu#/collections/actors/new`);
    await field('Nimi').waitFor();
    await chooseFolder('vimpeli');
    await field('Nimi').getByRole('textbox').fill('Testiyhdistys ry');
    await pick(field('Tyyppi'), 'yhdistys');
    await pick(field('Kasvustot'), 'Vapaaehtoistoiminta');
    await field('suomeksi', field('Kuvaus')).getByRole('textbox').fill('Kokoontuu torstaisin: tervetuloa.');
    await (await reveal('verified')).locator('input[type=date]').fill('2026-12-01');
    await save();

    const path = 'content/actors/vimpeli/testiyhdistys-ry.md';
    saved[path] = await savedFile(path);
    expect(saved[path]).toBe(
      '---\nname: Testiyhdistys ry\nkind: association\nbranches:\n  - vapaaehtoistoiminta\ndescription:\n  fi: "Kokoontuu torstaisin: tervetuloa."\nverified: 2026-12-01\n---\n',
    );
  });

  test('creates an event with an organiser and a venue picked from lists', async () => {
    await page.goto(`${baseUrl}/hallinta/?harjoittelu#/collections/events/new`);
    await field('Nimi').waitFor();
    await chooseFolder('lappajarvi');
    await field('suomeksi', field('Nimi')).getByRole('textbox').fill('Kesäkonsertti');
    await (await reveal('start')).locator('input').first().fill('2027-06-12T18:00');
    await pick(await reveal('venue'), 'Hotelli Kivitippu');
    await pick(await reveal('organisers'), 'Lappajärven kunta');
    await pick(await reveal('branch'), 'Kulttuuri ja harrastukset');
    await pick(await reveal('kind'), 'kulttuuritapahtuma');
    await (await reveal('summary')).getByRole('textbox').first().fill('Konsertti hotellin terassilla.');
    await save();

    // The editor transliterates ä as "ae" in file names (it has no Finnish rule).
    const path = 'content/events/lappajarvi/kesaekonsertti.md';
    saved[path] = await savedFile(path);
    expect(saved[path]).toContain('start: 2027-06-12 18:00\n');
    expect(saved[path]).toContain('venue: lappajarvi/hotelli-kivitippu\n');
    expect(saved[path]).toContain('organisers:\n  - lappajarvi/lappajarven-kunta\n');
    expect(saved[path]).toContain('kind: culture\n');
  });

  test('changes only the edited field of a bundled actor', async () => {
    const path = 'content/actors/vimpeli/spr-vimpelin-osasto.md';
    const original = readFileSync(join(contentRoot, 'actors/vimpeli/spr-vimpelin-osasto.md'), 'utf8');
    await page.goto(`${baseUrl}/hallinta/?harjoittelu#/collections/actors/entries/vimpeli/spr-vimpelin-osasto`);
    await field('Muu nimi').getByRole('textbox').fill('SPR Vimpeli');
    await save();

    saved[path] = await savedFile(path, original);
    expect(saved[path]).toBe(original.replace('alternateName: SPR\n', 'alternateName: SPR Vimpeli\n'));
  });

  test('says what to configure instead of starting when no repository is set', async () => {
    const fresh = await page.context().newPage();
    await fresh.goto(`${baseUrl}/hallinta/`);
    await fresh.getByText('Muokkainta ei ole vielä kytketty sivuston tietovarastoon').waitFor();
    expect(await fresh.getByText('HYVINVOINTIPUU_REPOSITORY').first().isVisible()).toBe(true);
    await fresh.waitForLoadState('networkidle');
    expect(await fresh.getByText('Kokoelmat').count()).toBe(0);
    await fresh.close();
  });

  test('speaks Finnish by default and Swedish when chosen in its settings', async () => {
    await page.goto(`${baseUrl}/hallinta/?harjoittelu#/collections/actors`);
    await page.getByText('Kokoelmat').first().waitFor();
    const prefs = await page.evaluate(() => localStorage.getItem('sveltia-cms.prefs'));
    expect(JSON.parse(prefs!)).toMatchObject({ locale: 'fi' });
    // A person who chose Swedish in the editor's settings: a browser of their own, so that the
    // editor's saved settings of this one cannot overwrite the choice.
    const swedish = await page.context().browser()!.newContext({ locale: 'fi-FI' });
    await swedish.addInitScript(() => {
      if (!localStorage.getItem('sveltia-cms.prefs')) localStorage.setItem('sveltia-cms.prefs', '{"locale":"sv"}');
    });
    const other = await swedish.newPage();
    await other.goto(`${baseUrl}/hallinta/?harjoittelu`);
    await other.getByRole('button').first().click();
    await other.getByText('Samlingar').first().waitFor();
    await swedish.close();
  });

  test('the files the editor wrote pass the content check', () => {
    expect(Object.keys(saved)).toHaveLength(3);
    for (const [path, text] of Object.entries(saved)) console.info(`editor wrote ${path}:\n${text}`);
    expect(problemsWith(saved)).toEqual([]);
  });
});
