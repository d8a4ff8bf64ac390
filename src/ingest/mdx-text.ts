/**
 * Writes article text into an MDX body so that it renders as exactly that text: every
 * character MDX or Markdown would read as code or markup is escaped with a backslash.
 * CommonMark lets a backslash escape any ASCII punctuation, and MDX honours `\{` and `\<`.
 */

/** Punctuation with a meaning anywhere in a line. */
const INLINE = /[\\{}<>*_`[\]~|&!]/g;
/** Markup that only counts at the start of a line: headings, lists, quotes, rules, tables. */
const LINE_START = /^(\s*)([#+\-=>]|\d+[.)])/;

export function escapeMdxText(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.replace(INLINE, (c) => `\\${c}`).replace(LINE_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([#+\-=>.)])/, '\\$1')}`))
    .join('\n');
}
