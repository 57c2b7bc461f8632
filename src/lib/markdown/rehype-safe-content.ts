import { isSafeHref } from '../safe-url';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const URL_PROPERTIES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'xLinkHref'];

/**
 * Content comes from pull requests, so its Markdown must never put markup or scripts on a
 * page. Astro's pipeline passes raw HTML through; this plugin runs before that happens and
 * turns every raw HTML node into plain text (shown, not executed), and removes link and image
 * targets whose scheme is not https, http, mailto or tel.
 */
export function rehypeSafeContent() {
  return (tree: HastNode) => {
    visit(tree);
  };
}

function visit(node: HastNode): void {
  if (node.type === 'raw') {
    node.type = 'text';
    return;
  }
  if (node.type === 'element' && node.properties) {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string' && !isSafeHref(value)) delete node.properties[name];
    }
  }
  node.children?.forEach(visit);
}
