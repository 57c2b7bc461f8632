import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { safeContentPlugin } from '~/lib/markdown/safe-content-plugin';
import { isSafeHref } from '~/lib/safe-url';
import { serializeJsonLd } from '~/lib/json-ld';

/** Renders Markdown with Astro's own pipeline and this site's plugin, as the build does. */
async function render(markdown: string): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: [safeContentPlugin] });
  return (await processor.render(markdown)).code;
}

describe('content safety', () => {
  test('raw HTML in a Markdown body is shown as text, never as markup', async () => {
    const html = await render(
      `Hei <script>alert('x')</script> <img src=x onerror="alert(2)">\n\n<iframe src="https://example.org"></iframe>`,
    );
    expect(html).not.toMatch(/<script|<img|<iframe/);
    expect(html).toContain('Hei &lt;script&gt;alert');
  });

  test('links with unsafe schemes lose their target but keep their text', async () => {
    const html = await render('[lue](javascript:alert(1)) ja [kuva](data:text/html,x) ja [kotisivu](https://www.alajarvi.fi/)');
    expect(html).toContain('<a>lue</a>');
    expect(html).toContain('<a>kuva</a>');
    expect(html).toContain('<a href="https://www.alajarvi.fi/">kotisivu</a>');
  });

  test('mailto and tel links stay', async () => {
    const html = await render('[posti](mailto:info@example.org) [soita](tel:+35861234567)');
    expect(html).toContain('href="mailto:info@example.org"');
    expect(html).toContain('href="tel:+35861234567"');
  });

  test.each([
    ['https://www.alajarvi.fi/', true],
    ['/vimpeli/', true],
    ['#yhteystiedot', true],
    ['mailto:info@example.org', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['vbscript:msgbox(1)', false],
    ['data:text/html,x', false],
  ])('treats %j as safe: %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });

  test('JSON-LD cannot close its script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
