import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { checkTexts } from '~/i18n/checks';
import type { MessageLanguage } from '../friendly-errors';

/** One YAML mistake in the words of staff: its 0-based line, the field it breaks, found and expected. */
export interface YamlFault {
  line: number;
  path: (string | number)[];
  found: string;
  expected: string;
}

/** YAML text read into a document, with its mistakes explained and, when it could, repaired. */
export interface ParsedYaml {
  document: Document;
  lineCounter: LineCounter;
  faults: YamlFault[];
  /** Whether `document` is free of errors (after repairs), so its data can be validated. */
  usable: boolean;
}

/** `key: value` on one line, as staff write fields (also as the first field of a list item). */
const FIELD_LINE = /^(\s*(?:-\s+)?)([A-Za-z0-9_-]+):[ \t]+(.*?)\s*$/;

/** A line's repair and how the mistake is explained. */
interface Repair {
  line: number;
  text: string | undefined;
  found: string;
  expected: string;
}

const parse = (text: string, lineCounter: LineCounter) =>
  parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

/**
 * Parses YAML and, when it has the usual mistakes (a colon or a stray quote in unquoted text, a
 * list's bracket left open, a field written twice), explains each and repairs that one line, so
 * that the rest of the file is still read and checked: staff see every problem in one run. The
 * `yaml` package recovers by itself, but a colon in text swallows every later field into the
 * broken one, which would be reported again as missing.
 */
export function parseYamlWithRepairs(text: string, language: MessageLanguage): ParsedYaml {
  const lines = text.split('\n');
  const faults: Repair[] = [];
  for (let round = 0; round < 10; round++) {
    const lineCounter = new LineCounter();
    const document = parse(lines.join('\n'), lineCounter);
    if (document.errors.length === 0 || round === 9) return finish(document, lineCounter, faults);
    const repairs = document.errors
      .map((error) => repairOf(error.code, error.message, lineCounter.linePos(error.pos[0]).line - 1, lines, language))
      .filter((repair) => !faults.some((fault) => fault.line === repair.line));
    if (repairs.length === 0) return finish(document, lineCounter, faults);
    // One repair per line: later errors on the same line are usually the first one's echo.
    const first = repairs.filter((repair, i) => repairs.findIndex((other) => other.line === repair.line) === i);
    for (const repair of first) {
      faults.push(repair);
      if (repair.text !== undefined) lines[repair.line] = repair.text;
    }
    // Nothing could be repaired: the document stays as it is, unusable.
    if (first.every((repair) => repair.text === undefined)) return finish(document, lineCounter, faults);
  }
  throw new Error('unreachable');
}

function finish(document: Document, lineCounter: LineCounter, repairs: Repair[]): ParsedYaml {
  const faults = repairs.map(({ line, found, expected }) => ({
    line,
    path: pathAtLine(document, lineCounter, line),
    found,
    expected,
  }));
  return { document, lineCounter, faults, usable: document.errors.length === 0 };
}

/** How to explain and repair the mistake that yaml reports on (or because of) `line`. */
function repairOf(code: string, message: string, errorLine: number, lines: string[], language: MessageLanguage): Repair {
  const texts = checkTexts[language].content;
  const fieldAt = (line: number) => FIELD_LINE.exec((lines[line] ?? '').replace(/\r$/, ''));
  const lineOf = (test: (value: string) => boolean) => {
    for (let line = Math.min(errorLine, lines.length - 1); line >= 0; line--) {
      const field = fieldAt(line);
      if (field && test(field[3]!)) return line;
    }
    return undefined;
  };
  const write = (line: number, value: string) => {
    const [, indent, key] = fieldAt(line)!;
    return `${indent}${key}: ${value}`;
  };

  if (code === 'DUPLICATE_KEY') {
    const field = fieldAt(errorLine);
    const key = field?.[2] ?? '?';
    // The first value is kept; the second line becomes a comment.
    return {
      line: errorLine,
      text: field ? `#${lines[errorLine]}` : undefined,
      found: texts.yamlDuplicateKey({ key }),
      expected: texts.yamlDuplicateKeyExpected,
    };
  }
  if (code === 'TAB_AS_INDENT') {
    return {
      line: errorLine,
      text: lines[errorLine]!.replace(/^[\t ]+/, (indent) => indent.replaceAll('\t', '  ')),
      found: texts.yamlTab,
      expected: texts.yamlTabExpected,
    };
  }
  const bracketLine = /flow (sequence|collection|mapping)|\]|\}/i.test(message) ? lineOf(isOpenBracket) : undefined;
  if (bracketLine !== undefined) {
    const value = fieldAt(bracketLine)![3]!;
    return {
      line: bracketLine,
      text: write(bracketLine, `${value}${value.startsWith('[') ? ']' : '}'}`),
      found: texts.yamlBracket({ text: value }),
      expected: texts.yamlBracketExpected,
    };
  }
  const quoteLine = /quote|scalar|node end/i.test(message) ? lineOf(isBadlyQuoted) : undefined;
  if (quoteLine !== undefined) {
    const [, , key, value] = fieldAt(quoteLine)!;
    const fixed = quoted(withoutOpenQuote(value!));
    return {
      line: quoteLine,
      text: write(quoteLine, fixed),
      found: texts.yamlQuote,
      expected: texts.yamlQuotesExpected({ fix: `${key}: ${fixed}` }),
    };
  }
  const colonField = fieldAt(errorLine);
  if (colonField && /: /.test(colonField[3]!)) {
    const [, , key, value] = colonField;
    const fixed = quoted(value!);
    return {
      line: errorLine,
      text: write(errorLine, fixed),
      found: texts.yamlColon({ text: JSON.stringify(value) }),
      expected: texts.yamlQuotesExpected({ fix: `${key}: ${fixed}` }),
    };
  }
  return {
    line: errorLine,
    text: undefined,
    found: texts.yamlOther({ message: message.split('\n')[0]! }),
    expected: texts.yamlOtherExpected,
  };
}

/** A list or mapping opened on the line and not closed there. */
function isOpenBracket(value: string): boolean {
  const open = value[0] === '[' ? '[' : value[0] === '{' ? '{' : undefined;
  if (!open) return false;
  const close = open === '[' ? ']' : '}';
  return value.split(open).length > value.split(close).length;
}

/** A value that starts with a quote that is never closed, or has text after its closing quote. */
function isBadlyQuoted(value: string): boolean {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return false;
  const end = value.indexOf(quote, 1);
  return (
    end < 0 ||
    value
      .slice(end + 1)
      .replace(/\s+#.*$/, '')
      .trim() !== ''
  );
}

function withoutOpenQuote(value: string): string {
  const quote = value[0]!;
  return value.indexOf(quote, 1) < 0 ? value.slice(1) : value;
}

/** Text in the quotes staff find easiest to read: double, or single when the text has double ones. */
function quoted(text: string): string {
  if (!text.includes('"')) return `"${text.replaceAll('\\', '\\\\')}"`;
  if (!text.includes("'")) return `'${text}'`;
  return JSON.stringify(text);
}

/** The path of the field whose key is on `line` (0-based), or none. */
function pathAtLine(document: Document, lineCounter: LineCounter, line: number): (string | number)[] {
  const lineOf = (offset: number) => lineCounter.linePos(offset).line - 1;
  const search = (node: unknown, path: (string | number)[]): (string | number)[] | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const keyPath = [...path, String(pair.key.value)];
        if (pair.key.range && lineOf(pair.key.range[0]) === line) return keyPath;
        const inner = search(pair.value, keyPath);
        if (inner) return inner;
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const inner = search(item, [...path, i]);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return search(document.contents as Node | null, []) ?? [];
}
