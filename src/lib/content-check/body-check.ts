import { checkTexts } from '~/i18n/checks';
import type { ContentProblem, MessageLanguage } from '../friendly-errors';
import { isSafeHref } from '../safe-url';
import type { SourceFile } from './read-source';

/** Where a Markdown link's target starts; only its scheme matters here. */
const LINK_TARGETS = [
  /\]\(\s*<?([a-zA-Z][a-zA-Z0-9+.-]*:)/g, // [text](scheme:…)
  /^\s{0,3}\[[^\]]+\]:\s*<?([a-zA-Z][a-zA-Z0-9+.-]*:)/gm, // [label]: scheme:…
  /<([a-zA-Z][a-zA-Z0-9+.-]*:)[^>\s]*>/g, // <scheme:autolink>
];
const RAW_HTML = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>]*)?\/?>|<!--/;

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * Looks at a Markdown body the way a reader's browser would: links with a scheme other than
 * https, http, mailto or tel are problems; raw HTML is reported as a warning because the site
 * shows it as text (see `src/lib/markdown/safe-content-plugin.ts`), which is rarely intended.
 */
export function checkBody(
  source: SourceFile,
  language: MessageLanguage = 'fi',
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const texts = checkTexts[language].content;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const pattern of LINK_TARGETS) {
    for (const match of source.body.matchAll(pattern)) {
      const target = match[1]!;
      if (!isSafeHref(target)) {
        problems.push({
          file: source.displayPath,
          line: source.bodyLine + lineOfOffset(source.body, match.index) - 1,
          field: texts.fields.bodyLink,
          found: texts.unsafeLink({ target }),
          expected: texts.unsafeLinkExpected,
        });
      }
    }
  }
  const html = RAW_HTML.exec(source.body);
  if (html) {
    warnings.push({
      file: source.displayPath,
      line: source.bodyLine + lineOfOffset(source.body, html.index) - 1,
      field: texts.fields.body,
      found: texts.html({ html: JSON.stringify(html[0].slice(0, 40)) }),
      expected: texts.htmlExpected,
    });
  }
  return { problems, warnings };
}
