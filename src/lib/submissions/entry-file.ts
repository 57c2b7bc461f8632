import { stringify } from 'yaml';

/**
 * A line that starts with `---` ends the frontmatter for Astro and the content check alike; the
 * YAML library indents every line of a multi-line text, so no value can start a line that way.
 * Plain YAML (what staff write) is kept; only when a line would end with `---` is every text
 * written in double quotes, as a guard for readers less strict than these two.
 */
const CLOSES_FRONTMATTER = /---\s*$/m;

/** The frontmatter of an entry: the fields, written by the YAML library so that quoting is always right. */
function frontmatterText(data: Record<string, unknown>): string {
  const plain = stringify(data, { lineWidth: 0 });
  if (!CLOSES_FRONTMATTER.test(plain)) return plain;
  return stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

/** Line breaks as `\n`, no trailing spaces on the last line, no NUL or other control characters but tab and newline. */
function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/**
 * A Markdown entry file: the frontmatter between `---` lines, then the body. The body comes
 * after the closing line, so a body that starts with `---` (or holds a whole block of fields)
 * stays body text: readers of frontmatter stop at the first closing line, which is ours.
 */
export function entryFileText(data: Record<string, unknown>, body: string): string {
  const text = cleanText(body);
  return `---\n${frontmatterText(data)}---\n${text ? `\n${text}\n` : ''}`;
}
