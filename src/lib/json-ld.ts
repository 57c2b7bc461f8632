/**
 * A JSON-LD object as the text of a `<script type="application/ld+json">`. Content text may
 * contain `</script>`; escaping `<` keeps it from ever closing the element.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
