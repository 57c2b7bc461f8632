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
  const inner = removeIgnored(html.slice(open, close), true);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(body.index, open)}${inner}</${body[1]}></body></html>`;
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

/**
 * The page as Pagefind should index it: each word with extra forms is followed by them in
 * parentheses, e.g. "kumppanuusaamiaisessa (aamiainen aamiaiset)", inside the indexed element.
 * The forms thus sit in the word's own heading or paragraph, weigh what the word weighs, and
 * appear in a result's excerpt next to the word that explains them. Only the index sees this;
 * the published page is unchanged.
 */
export function withExtraForms(html: string, forms: Map<string, string[]>): string {
  if (forms.size === 0) return html;
  const body = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!body) return html;
  const open = html.indexOf('>', body.index) + 1;
  const close = matchingClose(html, open, body[1]!);
  // Left as they are: the <h1> and the filter and metadata values, which results display.
  const kept =
    /(<(script|style|h1)\b[\s\S]*?<\/\2>|<span\b[^>]*data-pagefind-(?:meta|filter)[^>]*>[^<]*<\/span>)|(<[^>]+>)|([^<]+)/gi;
  const inner = html.slice(open, close).replace(kept, (whole, _kept, _name, _tag, text?: string) =>
    text === undefined
      ? whole
      : text.replace(/[A-Za-zÅÄÖåäöÉéÜü]{3,}/g, (word) => {
          const extra = forms.get(word.toLocaleLowerCase('fi'));
          return extra ? `${word} (${extra.join(' ')})` : word;
        }),
  );
  return html.slice(0, open) + inner + html.slice(close);
}
