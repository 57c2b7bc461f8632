/**
 * A Markdown file's frontmatter: `---`, the YAML, and a line that starts with `---`, as Astro
 * reads it (`title: Tanssit---` does not end it). Group 1 is the YAML (undefined when empty);
 * the body is what follows the whole match. The content check and the browser editor read files
 * with this one pattern, so they never disagree about where a file's fields end.
 */
export const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
