/**
 * The text of a built page that Pagefind indexes: what is inside the `data-pagefind-body`
 * element, without elements marked `data-pagefind-ignore`, scripts and styles. A small tag
 * scanner instead of a full HTML parser keeps this fast for tens of thousands of pages; it only
 * has to read the markup this site writes.
 */
export function indexedText(html: string): string | undefined {
  const body = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!body) return undefined;
  const inner = elementContent(html, body.index, body[1]!);
  return decodeEntities(
    removeIgnored(inner)
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The markup between an element's opening tag at `start` and its matching closing tag. */
function elementContent(html: string, start: number, tag: string): string {
  const open = html.indexOf('>', start) + 1;
  const end = matchingClose(html, open, tag);
  return html.slice(open, end);
}

/** Index of the closing tag that matches an element of `tag` opened just before `from`. */
function matchingClose(html: string, from: number, tag: string): number {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*?(/?)>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match[1]) depth--;
    else if (!match[2]) depth++;
    if (depth === 0) return match.index;
  }
  return html.length;
}

/**
 * The markup without the elements marked `data-pagefind-ignore`; with `keepData`, an ignored
 * element that holds filters or metadata stays, since Pagefind still reads those from it.
 */
function removeIgnored(html: string, keepData = false): string {
  const ignored = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
  let result = '';
  let from = 0;
  for (let match = ignored.exec(html); match; match = ignored.exec(html)) {
    if (match.index < from) continue;
    const open = match.index + match[0].length;
    const close = matchingClose(html, open, match[1]!);
    const after = html.indexOf('>', close) + 1 || html.length;
    if (keepData && /data-pagefind-(filter|meta)=/.test(html.slice(open, close))) continue;
    result += html.slice(from, match.index) + ' ';
    from = after;
    ignored.lastIndex = after;
  }
  return result + html.slice(from);
}

/**
 * The page as small as Pagefind needs it: its language and the indexed element, without the
 * parts Pagefind would skip anyway (header, footer, tree, breadcrumbs). Pagefind parses every
 * page it is given, so a tenth of the markup is a good part of the index's build time.
 */
export function pagefindDocument(html: string): string | undefined {
  const body = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!body) return undefined;
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'fi';
  const open = html.indexOf('>', body.index) + 1;
  const close = matchingClose(html, open, body[1]!);
  const inner = separated(removeIgnored(html.slice(open, close), true));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(body.index, open)}${inner}</${body[1]}></body></html>`;
}

/**
 * The markup with its labels and values kept apart in the text Pagefind reads. Pagefind joins
 * the text of `<dt>`, `<dd>`, list items and table cells without a space ("Ajankohta14.2.2018");
 * here a label is followed by a colon and each value or item by a space ("Ajankohta: 14.2.2018
 * Paikka: …"), as a reader sees them on the page.
 */
export function separated(html: string): string {
  return html.replace(/<\/(dt|dd|li|th|td|caption|figcaption|summary)>/gi, (tag, name: string) =>
    name.toLowerCase() === 'dt' ? `${tag}: ` : `${tag} `,
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(amp|lt|gt|quot|apos|nbsp);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' })[name]!,
    );
}

/** The metadata field that holds a page's extra word forms; the search page never shows it. */
export const EXTRA_FORMS_META = 'forms';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page as Pagefind should index it: its extra word forms (e.g. "aamiainen aamiaiset" for a
 * page that says "kumppanuusaamiaisessa") in a metadata field of their own, at the end of the
 * indexed element. Pagefind 1.6 finds a page by the words of its metadata as well as its text,
 * but builds excerpts from the text only, so the forms make the page findable without ever
 * appearing in what results show. Only the index sees this; the published page is unchanged.
 */
export function withExtraForms(html: string, forms: string[]): string {
  if (forms.length === 0) return html;
  const body = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!body) return html;
  const open = html.indexOf('>', body.index) + 1;
  const close = matchingClose(html, open, body[1]!);
  const field = `<div hidden data-pagefind-ignore><span data-pagefind-meta="${EXTRA_FORMS_META}">${escapeHtml(forms.join(' '))}</span></div>`;
  return html.slice(0, close) + field + html.slice(close);
}
