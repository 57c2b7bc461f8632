import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isMap, isScalar, type Node } from 'yaml';
import { checkTexts } from '~/i18n/checks';
import { fieldName, type ContentProblem, type MessageLanguage } from '../friendly-errors';
import { FRONTMATTER } from '../frontmatter';
import { parseYamlWithRepairs } from './yaml-repair';

/** One content file as read from disk, before validation. */
export interface SourceFile {
  /** Path relative to the collection folder, with `/`, e.g. `vimpeli/spr.md`. */
  relativePath: string;
  /** Path as shown in messages, relative to where the check was started. */
  displayPath: string;
  /** The parsed YAML (the whole file for `.yaml`, the frontmatter for Markdown). */
  data: unknown;
  /** The Markdown body (empty for YAML files). */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of a field, or of its nearest parent that exists. */
  lineOf(path: readonly (string | number)[]): number;
  /** Problems reading the file itself (no frontmatter, broken YAML). */
  problems: ContentProblem[];
  /** Fields whose YAML was broken and repaired to read the rest; their problems are already told. */
  brokenFields: (string | number)[][];
  /** Whether `data` can be validated: no YAML mistake, or only ones that could be repaired. */
  readable: boolean;
}

/** Reads and parses one content file, keeping line numbers for every field. */
export function readSource(
  path: string,
  collectionFolder: string,
  displayRoot: string,
  language: MessageLanguage = 'fi',
): SourceFile {
  const texts = checkTexts[language].content;
  const text = readFileSync(path, 'utf8');
  const relativePath = relative(collectionFolder, path).split(sep).join('/');
  const shown = relative(displayRoot, path);
  const displayPath = (shown.startsWith('..') ? path : shown).split(sep).join('/');
  const isYaml = /\.ya?ml$/.test(path);
  const problems: ContentProblem[] = [];

  let yamlText = text;
  let yamlFirstLine = 1;
  let body = '';
  let bodyLine = 1;
  if (!isYaml) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({
        file: displayPath,
        line: 1,
        field: texts.fields.frontmatter,
        found: texts.noFrontmatter,
        expected: texts.frontmatterExpected,
      });
      const unread = { data: {}, body: text, bodyLine: 1, lineOf: () => 1, brokenFields: [], readable: false };
      return { relativePath, displayPath, problems, ...unread };
    }
    yamlText = match[1] ?? '';
    yamlFirstLine = 2;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }

  const { document, lineCounter, faults, usable } = parseYamlWithRepairs(yamlText, language);
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + yamlFirstLine - 1;
  for (const fault of faults) {
    problems.push({
      file: displayPath,
      line: fault.line + yamlFirstLine,
      field: fieldName(fault.path) || texts.fields.yaml,
      found: fault.found,
      expected: fault.expected,
    });
  }
  const brokenFields = faults.map((fault) => fault.path).filter((path) => path.length > 0);
  const data = usable ? (document.toJS() ?? {}) : {};

  function lineOf(path: readonly (string | number)[]): number {
    let node: Node | null | undefined = document.contents as Node | null;
    let line = node?.range ? lineAt(node.range[0]) : yamlFirstLine;
    for (const key of path) {
      if (!node) break;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value as Node | null;
      } else {
        const child = (node as { get?: (k: unknown, keep: boolean) => unknown }).get?.(key, true) as Node | undefined;
        if (!child) break;
        if (child.range) line = lineAt(child.range[0]);
        node = child;
      }
    }
    return line;
  }

  return { relativePath, displayPath, data, body, bodyLine, lineOf, problems, brokenFields, readable: usable };
}
