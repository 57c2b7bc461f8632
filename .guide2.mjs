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
  const nav = page.getByRole('navigation').first();
  const coll = page.getByRole('link', { name: new RegExp('^' + collection) }).first();
  await coll.click();
  await page.waitForTimeout(500);
  await page.getByRole('link', { name: new RegExp('^' + folder) }).first().click();
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
const mode = process.env.MODE ?? 'explore';
if (mode === 'explore') {
  await openFolder('Toimijat', 'vimpeli');
  await shot('x-list');
  console.log(await page.getByRole('link').allInnerTexts());
}
await browser.close();
