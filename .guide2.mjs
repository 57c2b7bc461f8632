import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:8792';
const out = process.env.OUT ?? '/tmp/guide2-shots/';
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fi-FI' });
const page = await context.newPage();
const shot = async (name) => { await page.waitForTimeout(600); await page.screenshot({ path: out + name + '.png' }); console.log('shot', name); };
const group = (label) => page.getByRole('group', { name: new RegExp('^”\\u2068?' + label + '\\u2069?”-kenttä$') });
const want = (n) => !only || only.includes(n);

async function openPractice() {
  await page.goto(base + '/hallinta/?harjoittelu&alusta');
  await page.getByRole('button', { name: /testirepositorion/ }).waitFor();
  await page.waitForTimeout(800);
  if (want('aloitus')) await shot('muokkain-aloitus');
  await page.getByRole('button').first().click();
  await page.getByText('Kokoelmat').waitFor();
  await page.waitForTimeout(800);
}
async function openFolder(collection, folder) {
  await page.getByRole('treeitem', { name: collection, exact: true }).first().getByText(collection, { exact: true }).first().click();
  await page.waitForTimeout(500);
  if (folder) await page.getByRole('treeitem', { name: folder, exact: true }).first().click();
  await page.waitForTimeout(800);
}
async function scrollForm(dy) {
  await page.mouse.move(640, 500);
  await page.mouse.wheel(0, dy);
  await page.waitForTimeout(700);
}
async function scrollTo(locator) {
  for (let i = 0; i < 40; i++) {
    if (await locator.count() && await locator.first().isVisible()) { await locator.first().scrollIntoViewIfNeeded(); return; }
    await scrollForm(400);
  }
  throw new Error('not found ' + locator);
}

await openPractice();
const mode = process.env.MODE ?? 'actor';
if (mode === 'aria') console.log(await page.locator('body').ariaSnapshot());
async function top(locator) {
  await locator.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await scrollForm(-70);
}
async function readPractice(dir) {
  return page.evaluate(async (dir) => {
    let h = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    for (const part of dir.split('/')) h = await h.getDirectoryHandle(part);
    const out = {};
    for await (const [name, fh] of h.entries()) if (fh.kind === 'file') out[name] = await (await fh.getFile()).text();
    return out;
  }, dir);
}
async function pick(label, option) {
  await group(label).getByRole('combobox').first().click();
  await page.waitForTimeout(500);
  if (option) await page.getByRole('option', { name: option, exact: true }).click();
}
if (mode === 'actor') {
  await openFolder('Toimijat', 'vimpeli');
  if (want('list')) await shot('muokkain-toimijat-kunnittain');
  await openFolder('Toimijat');
  await page.getByRole('button', { name: 'Luo uusi merkintä' }).first().click();
  await group('Nimi').waitFor();
  await page.getByRole('button', { name: 'Yläkansio' }).click();
  await page.waitForTimeout(500);
  if (want('ylakansio')) await shot('muokkain-ylakansion-valinta');
  await page.getByRole('treeitem', { name: /vimpeli/ }).click();
  await page.waitForTimeout(300);
  await group('Nimi').getByRole('textbox').fill('Esimerkkiyhdistys ry');
  await pick('Tyyppi');
  if (want('tyyppi')) await shot('muokkain-toimijan-tyyppi');
  await page.getByRole('option', { name: 'yhdistys', exact: true }).click();
  await pick('Kasvustot');
  if (want('kasvusto')) await shot('muokkain-kasvuston-valinta');
  await page.getByRole('option', { name: 'Kulttuuri ja harrastukset', exact: true }).click();
  await page.waitForTimeout(300);
  await page.mouse.click(1100, 400);
  if (want('uusi')) await shot('muokkain-uusi-toimija');
  await group('Kuvaus').getByRole('textbox').first().fill('Yhdistys järjestää kuorolaulua ja yhteislauluiltoja kylätalolla.');
  await top(group('Kuvaus'));
  if (want('kuvaus')) await shot('muokkain-kuvaus-suomeksi');
  await scrollTo(group('Palvelukielet'));
  await top(group('Palvelukielet'));
  await group('Tiedot vahvistettu').getByRole('button', { name: 'Tänään' }).click();
  if (want('vahvistettu')) await shot('muokkain-tiedot-vahvistettu');
  await page.getByRole('radio', { name: 'Slug' }).click();
  await page.waitForTimeout(500);
  if (want('slug')) await shot('x-slug');
  if (process.env.ARIA) console.log(await page.locator('body').ariaSnapshot());
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.waitForTimeout(2000);
  await shot('x-saved');
  console.log(await readPractice('content/actors/vimpeli'));
}
await browser.close();
