/**
 * Writes article text into an MDX body so that it renders as exactly that text: every
 * character MDX or Markdown would read as code or markup is escaped with a backslash.
 * CommonMark lets a backslash escape any ASCII punctuation, and MDX honours `\{` and `\<`.
 */

/** Punctuation with a meaning anywhere in a line. */
const INLINE = /[\\{}<>*_`[\]~|&!]/g;
/** Markup that only counts at the start of a line: headings, lists, quotes, rules, tables. */
const LINE_START = /^(\s*)([#+\-=>]|\d+[.)])/;

/** MDX reads a line starting with `import ` or `export ` as JavaScript. */
const ESM_START = /^(\s*)(i)(mport\s)|^(\s*)(e)(xport\s)/;

export function escapeMdxText(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE, (c) => `\\${c}`)
        .replace(LINE_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([#+\-=>.)])/, '\\$1')}`)
        // A character reference for the first letter: still the same word once parsed.
        .replace(ESM_START, (_m, s1?: string, i?: string, r1?: string, s2?: string, e?: string, r2?: string) =>
          i ? `${s1}&#x69;${r1}` : `${s2}&#x65;${r2}`,
        ),
    )
    .join('\n');
}
