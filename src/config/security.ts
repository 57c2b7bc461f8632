import { createHash } from 'node:crypto';
import { editorContentSecurityPolicy } from '../lib/editor/editor-policy';
import { parseRepository } from '../lib/forge';
import { TREE_STYLE } from '../lib/tree/render-tree-svg';
import { settings } from './settings';

/** A CSP source for an inline `<style>` element whose text is known when the site is built. */
function styleHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * The content security policy of every page. Scripts and stylesheets are files of the site's
 * own (Astro is told never to inline them), so no inline script can run, whatever a content
 * file says; Pagefind's WebAssembly needs `'wasm-unsafe-eval'`. The one inline `<style>` is the
 * wellbeing tree's, allowed by its hash; there are no inline `style` attributes (the branches'
 * colours come from `/kasvustot.css`).
 */
export const contentSecurityPolicy = {
  /** Directives besides `script-src` and `style-src`, which Astro writes with its own hashes. */
  directives: [
    "default-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptSources: ["'self'", "'wasm-unsafe-eval'"],
  styleSources: ["'self'"],
  styleHashes: [styleHash(TREE_STYLE)],
} as const;

/** Only an HTTP header can forbid framing; a `<meta>` policy ignores `frame-ancestors`. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The same policy as one HTTP header value, for hosts that can send headers. */
export function contentSecurityPolicyHeader(): string {
  const { directives, scriptSources, styleSources, styleHashes } = contentSecurityPolicy;
  return [
    ...directives,
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${[...styleSources, ...styleHashes.map((hash) => `'${hash}'`)].join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** Headers a host should send with every file of the site. */
function responseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicyHeader(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** Where the browser editor lives; its page has a policy of its own (src/lib/editor/editor-policy.ts). */
const EDITOR_PATH = '/hallinta/';

/** The editor page's policy for the forge this build saves to, as its `<meta>` gives it. */
export function editorContentSecurityPolicyMeta(): string {
  const { corrections, editor } = settings;
  return editorContentSecurityPolicy(parseRepository(corrections.repository, corrections.forge), editor.authUrl);
}

/** The same policy as a header, framing forbidden as everywhere. */
export function editorContentSecurityPolicyHeader(): string {
  return [editorContentSecurityPolicyMeta(), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** Headers a host should send with the editor's files instead of `responseHeaders()`. */
function editorResponseHeaders(): Record<string, string> {
  return { ...responseHeaders(), 'Content-Security-Policy': editorContentSecurityPolicyHeader() };
}

/** Every header of the site for `src/lib/hosting/host-headers.ts`: `_headers` and the nginx snippet. */
export function hostHeaderSettings() {
  return { all: responseHeaders(), contentTypes, folders: { [EDITOR_PATH]: editorResponseHeaders() } };
}

/** Content types that not every host knows for the calendar, address-book and spreadsheet files. */
export const contentTypes: Record<string, string> = {
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
