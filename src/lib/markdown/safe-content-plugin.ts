import { defineHastPlugin } from 'satteri';
import { isSafeHref } from '../safe-url';

/** Element properties that hold an address a browser would follow or load. */
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'xLinkHref', 'data'];

/**
 * Content comes from pull requests, so its Markdown must never put markup or scripts on a
 * page. Sätteri keeps raw HTML as opaque `raw` nodes and writes them out verbatim; this plugin
 * turns every one into plain text (shown, not executed), and removes link and image targets
 * whose scheme is not https, http, mailto or tel.
 */
export const safeContentPlugin = defineHastPlugin({
  name: 'hyvinvointipuu-safe-content',
  raw(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  element: {
    // An empty filter visits every element: only links and images come from Markdown itself,
    // but nothing else may slip through either.
    filter: [],
    visit(node, ctx) {
      for (const name of URL_PROPERTIES) {
        const value = node.properties?.[name];
        if (typeof value === 'string' && !isSafeHref(value)) ctx.setProperty(node, name, null);
      }
    },
  },
});
