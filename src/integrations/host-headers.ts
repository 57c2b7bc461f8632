import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostHeaderSettings } from '../config/security';
import { headersFile } from '../lib/hosting/host-headers';

/**
 * Writes `_headers` beside the site, which Netlify and Cloudflare Pages read: the content
 * security policy as a header (where it can also forbid framing), and the content types of the
 * calendar, address-book and spreadsheet files. Other hosts: see `docs/hosting.md`.
 */
export function hostHeaders(): AstroIntegration {
  return {
    name: 'hyvinvointipuu:host-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(hostHeaderSettings()));
      },
    },
  };
}
