/**
 * What Pagefind reads of a built page, taken from the page as an HTML parser
 * (`hast-util-from-html`, parse5) reads it, the way a browser does: markup inside attribute
 * values, comments or scripts, implied end tags and character references cannot cut a page in
 * the wrong place, as a scanner of tags with regular expressions could. Reading a page this way
 * costs two or three milliseconds (a regular-expression scanner took a tenth of that), a few
 * seconds of the index's build per thousand pages: the price of reading every page right.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml, type Options as ToHtmlOptions } from 'hast-util-to-html';

/** A page's or an element's content as the parser gives it. */
type Content = RootContent | ElementContent;

/** Elements whose content is no text a reader sees. */
const NOT_TEXT = new Set(['script', 'style']);

/**
 * What follows each element that Pagefind would join to the next one without a space
 * ("Ajankohta14.2.2018"): a label a colon, a value, an item or a cell a space, so that Pagefind
 * reads "Ajankohta: 14.2.2018 Paikka: …" as a reader sees it on the page.
 */
const SEPARATORS: Record<string, string> = {
  dt: ': ',
  dd: ' ',
  li: ' ',
  th: ' ',
  td: ' ',
  caption: ' ',
  figcaption: ' ',
  summary: ' ',
};

/** The markup Pagefind is given: `data-pagefind-ignore` rather than `data-pagefind-ignore=""`, `&amp;`. */
const SERIALISE: ToHtmlOptions = { collapseEmptyAttributes: true, characterReferences: { useNamedReferences: true } };

/** The metadata field that holds a page's extra word forms; the search page never shows it. */
const EXTRA_FORMS_META = 'forms';

/**
 * The text of a built page that Pagefind indexes: what is inside the `data-pagefind-body`
 * element, without elements marked `data-pagefind-ignore`, scripts and styles, with character
 * references decoded and white space collapsed. Each element's start and end part words (a
 * `<br>`, a paragraph, a table cell), so words of neighbouring elements never run together.
 */
export function indexedText(html: string): string | undefined {
  const body = indexedElement(fromHtml(html));
  if (!body) return undefined;
  const parts: string[] = [];
  collectText(body.children, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The page as small as Pagefind needs it: its language and the indexed element, without the
 * parts Pagefind would skip anyway (header, footer, tree, breadcrumbs). Pagefind parses every
 * page it is given, so a fraction of the markup is a good part of the index's build time. Ignored
 * elements that hold filters or metadata stay, since Pagefind still reads those from them, and
 * labels and values are kept apart (`SEPARATORS`).
 */
export function pagefindDocument(html: string): string | undefined {
  const page = fromHtml(html);
  const body = indexedElement(page);
  if (!body) return undefined;
  const head = element('head', {}, [element('meta', { charSet: 'utf-8' })]);
  const content = element('body', {}, [{ ...body, children: cutDown(body.children) }]);
  const document: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, element('html', { lang: languageOf(page) }, [head, content])],
  };
  return toHtml(document, SERIALISE);
}

/**
 * The page as Pagefind should index it: its extra word forms (e.g. "aamiainen aamiaiset" for a
 * page that says "kumppanuusaamiaisessa") in a metadata field of their own, at the end of the
 * indexed element. Pagefind 1.6 finds a page by the words of its metadata as well as its text,
 * but builds excerpts from the text only, so the forms make the page findable without ever
 * appearing in what results show. Only the index sees this; the published page is unchanged.
 * The parser finds where the indexed element ends, and the field goes in there: the rest of
 * the markup stays as it was, byte for byte.
 */
export function withExtraForms(html: string, forms: string[]): string {
  if (forms.length === 0) return html;
  const body = indexedElement(fromHtml(html, { verbose: true }));
  const end = body && (body.data?.position.closing?.start.offset ?? body.position?.end.offset);
  if (end === undefined) return html;
  const field = element('div', { hidden: true, dataPagefindIgnore: '' }, [
    element('span', { dataPagefindMeta: EXTRA_FORMS_META }, [{ type: 'text', value: forms.join(' ') }]),
  ]);
  return html.slice(0, end) + toHtml(field, SERIALISE) + html.slice(end);
}

/** The first element marked `data-pagefind-body`, in the order of the page. */
function indexedElement(parent: Root | Element): Element | undefined {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (marked(child, 'dataPagefindBody')) return child;
    const found = indexedElement(child);
    if (found) return found;
  }
  return undefined;
}

/** Adds the text of `nodes` to `parts`, leaving out ignored elements, scripts and styles. */
function collectText(nodes: Content[], parts: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') parts.push(node.value);
    if (node.type !== 'element') continue;
    parts.push(' ');
    if (marked(node, 'dataPagefindIgnore') || NOT_TEXT.has(node.tagName)) continue;
    collectText(node.children, parts);
    parts.push(' ');
  }
}

/**
 * `nodes` without their ignored elements, except those that hold filters or metadata, with
 * labels and values kept apart. A removed element leaves a space, so that its neighbours'
 * words stay apart.
 */
function cutDown(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    if (marked(node, 'dataPagefindIgnore') && !holdsData(node)) return [text(' ')];
    const separator = SEPARATORS[node.tagName];
    const kept = { ...node, children: cutDown(node.children) };
    return separator ? [kept, text(separator)] : [kept];
  });
}

/** Whether the element or one inside it carries a Pagefind filter or metadata. */
function holdsData(node: Element): boolean {
  return (
    marked(node, 'dataPagefindFilter') ||
    marked(node, 'dataPagefindMeta') ||
    node.children.some((child) => child.type === 'element' && holdsData(child))
  );
}

/** The page's `<html lang>`; Finnish when it has none. */
function languageOf(page: Root): string {
  const html = page.children.find((node) => node.type === 'element' && node.tagName === 'html');
  const lang = html?.type === 'element' ? html.properties['lang'] : undefined;
  return typeof lang === 'string' && lang ? lang : 'fi';
}

/** Whether the element has the attribute (by its hast name, e.g. `dataPagefindIgnore`), with or without a value. */
function marked(node: Element, property: string): boolean {
  const value = node.properties[property];
  return value !== undefined && value !== null && value !== false;
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
