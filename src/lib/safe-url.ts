/** The only URL schemes that content may put into a page. */
const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** The scheme of an absolute URL (`https:`), or `undefined` for a relative one or non-URL. */
export function schemeOf(value: string): string | undefined {
  const match = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value);
  return match ? `${match[1]!.toLowerCase()}:` : undefined;
}

/**
 * Whether a link target from content is safe to put in `href` or `src`: a relative link, a
 * fragment, or an absolute URL with an allowed scheme. Control characters and whitespace inside
 * the scheme (`java\tscript:`) are rejected, since browsers strip them before reading it.
 */
export function isSafeHref(value: string): boolean {
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  const scheme = schemeOf(value);
  if (scheme === undefined) return true;
  return (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}
