import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
  editorContentSecurityPolicyHeader,
  hostHeaderSettings,
} from '~/config/security';
import { headersFile, nginxSnippet } from '~/lib/hosting/host-headers';
import { layoutTree } from '~/lib/tree/layout-tree';
import { renderTreeSvg } from '~/lib/tree/render-tree-svg';

const hostHeaders = hostHeaderSettings();

/** The value of one directive of a policy, e.g. `script-src` → `'self' 'wasm-unsafe-eval'`. */
function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1);
}

describe('the content security policy and host headers', () => {
  test('let no inline script run and allow Pagefind’s WebAssembly', () => {
    const policy = contentSecurityPolicyHeader();
    expect(directive(policy, 'script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(directive(policy, 'default-src')).toBe("'self'");
    expect(directive(policy, 'object-src')).toBe("'none'");
    expect(directive(policy, 'frame-ancestors')).toBe("'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  test('allow the wellbeing tree’s inline style by the hash of exactly what the renderer writes', () => {
    const svg = renderTreeSvg(
      layoutTree({
        branches: [],
        actors: [],
        fruits: [],
        text: {
          more: (n) => `+${n}`,
          tally: (actors, fruits) => `${actors} toimijaa · ${fruits} hedelmää`,
        },
      }),
      { id: 'puu', title: 'Puu', description: 'Kuvaus.', fruitWord: 'Hedelmä', attractionWord: 'vetovoimatekijä' },
    );
    const styles = [...svg.matchAll(/<style>(.*?)<\/style>/gs)].map(([, text]) => text!);
    expect(styles).toHaveLength(1);
    const hash = `sha256-${createHash('sha256').update(styles[0]!).digest('base64')}`;
    expect(contentSecurityPolicy.styleHashes).toEqual([hash]);
  });

  test('write a _headers file with the policy for every path and the types of calendars, cards and lists', () => {
    const file = headersFile(hostHeaders);
    expect(file.startsWith(`/*\n  Content-Security-Policy: ${contentSecurityPolicyHeader()}\n`)).toBe(true);
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('/*.ics\n  Content-Type: text/calendar; charset=utf-8\n');
    expect(file).toContain('/*.vcf\n  Content-Type: text/vcard; charset=utf-8\n');
    expect(file).toContain('/*.csv\n  Content-Type: text/csv; charset=utf-8\n');
  });

  test('give the editor its own policy in _headers, detaching the site-wide one', () => {
    const file = headersFile(hostHeaders);
    expect(file).toContain(
      `/hallinta/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${editorContentSecurityPolicyHeader()}\n`,
    );
    const policy = editorContentSecurityPolicyHeader();
    expect(directive(policy, 'script-src')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(directive(policy, 'style-src')).toBe("'self' 'unsafe-inline'");
    expect(directive(policy, 'frame-ancestors')).toBe("'none'");
  });

  test('are documented for nginx exactly as the configuration says', () => {
    const guide = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');
    expect(guide).toContain(`\`\`\`nginx\n${nginxSnippet(hostHeaders)}\n\`\`\``);
  });
});
