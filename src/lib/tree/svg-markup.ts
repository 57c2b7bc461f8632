import type { Element } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';

/** The SVG namespace, on every outermost `<svg>`: the poster is also opened as a file of its own. */
export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * A drawing built with hastscript's `s()` as SVG markup, written by an XML serialiser: the
 * poster is also served as a standalone `image/svg+xml` file, which browsers read as XML, and
 * XML is just as valid inside an HTML page. The serialiser escapes every text and attribute
 * value (a `<` in a branch's name included), so names and addresses from content can never add
 * markup to a drawing or break the file; empty elements close themselves (`<path d="…"/>`).
 */
export function svgMarkup(drawing: Element): string {
  const markup = toXml(toXast(drawing, { space: 'svg' }), { closeEmptyElements: true, tightClose: true });
  // The one thing xast-util-to-xml leaves to its caller: XML forbids `]]>` in a text, and only
  // the `>` needs escaping for it (a `>` anywhere else is valid, and in markup never follows `]]`).
  return markup.replaceAll(']]>', ']]&#x3E;');
}
