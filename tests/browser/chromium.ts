import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium: the tests never download a browser of their own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing. Install it with: apt-get update && apt-get install -y chromium`);
  }
}

/** Headless Chromium with the network chatter of a desktop browser switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One Chromium and one page for a test file, opened before its tests and closed after them. */
export function useChromiumPage(): { browser: Browser; page: Page } {
  const session = {} as { browser: Browser; page: Page };
  beforeAll(async () => {
    session.browser = await launchChromium();
    session.page = await session.browser.newPage();
  });
  afterAll(() => session.browser?.close());
  return session;
}
