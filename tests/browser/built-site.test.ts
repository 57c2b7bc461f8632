import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { existsInOutput, linksOfSite, resolveLink } from '../fixtures/site-links';

/**
 * The whole built site, as the browser tests serve it, read as files (no browser needed; it
 * shares the browser tests' one build): every page against html-validate's standard rules and
 * every address in pages, drawings, feeds and exports against the files of the output.
 */
const distRoot = inject('distRoot');

/** The site's own address, as the build wrote it into the front page's canonical link. */
function siteOf(root: string): URL {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1];
  return new URL('/', canonical);
}

describe('the built site', () => {
  test('has no page that breaks html-validate’s standard rules', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const pages = readdirSync(distRoot, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(distRoot, page));
      for (const message of report.results.flatMap((result) => result.messages)) {
        if (message.severity === 2) errors.push(`${page}:${message.line} ${message.ruleId}: ${message.message}`);
      }
    }
    console.info(`html-validate: ${pages.length} pages, ${errors.length} errors`);
    expect(pages.length).toBeGreaterThan(400);
    expect(errors).toEqual([]);
  }, 180_000);

  test('links nowhere that does not exist, in pages, drawings, feeds and exports', () => {
    const site = siteOf(distRoot);
    const counts = { internal: 0, external: 0, other: 0 };
    const broken = new Set<string>();
    for (const link of linksOfSite(distRoot)) {
      const resolved = resolveLink(link, site);
      counts[resolved.kind]++;
      if (resolved.kind === 'internal' && !existsInOutput(distRoot, resolved.path)) broken.add(`${link.file}: ${link.href}`);
    }
    console.info(
      `link check: ${counts.internal} links within the site, ${broken.size} broken; ${counts.external} to other sites (not fetched)`,
    );
    expect(counts.internal).toBeGreaterThan(10_000);
    expect([...broken].sort()).toEqual([]);
  });
});
