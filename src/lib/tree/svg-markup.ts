import type { Element } from 'hast';
import { toHtml, type Options } from 'hast-util-to-html';

/** The SVG namespace, on every outermost `<svg>`: the poster is also opened as a file of its own. */
export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * How the drawings are written. Empty elements close themselves (`<path d="…"/>`), as XML
 * writes them too, which keeps a tree of thousands of leaves short; named references (`&amp;`,
 * `&lt;`, `&quot;`) are ones XML knows as well, and easier to read than the default `&#x26;`.
 * The poster is also served as a standalone `image/svg+xml` file, which browsers read as XML.
 * hast-util-to-html writes HTML's syntax, though: a `<` in an attribute value or `]]>` in a
 * text stays as it is, which HTML and svg-to-pdfkit accept and an XML reader refuses.
 */
const SVG_SERIALISING: Options = {
  space: 'svg',
  closeEmptyElements: true,
  tightSelfClosing: true,
  characterReferences: { useNamedReferences: true },
};

/**
 * A drawing built with hastscript's `s()` as SVG markup. The serialiser escapes every text and
 * attribute value, so names and addresses from content can never add markup to a drawing.
 */
export function svgMarkup(drawing: Element): string {
  return toHtml(drawing, SVG_SERIALISING);
}
