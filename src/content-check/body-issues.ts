/**
 * Problems of an MDX body (a source's text, an entity's notes): MDX that does not parse, and MDX
 * code in what must be prose (`{…}`, `<Komponente />`, `import`), which the page would run and
 * which would fail the build late, in Astro's English. Markdown (`.md`) bodies are plain text to
 * Astro and are not checked.
 */
import type { Node } from 'unist';
import type { Code } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { ValidationIssue } from '../graph/types.ts';
import { parseMdxBody } from '../markdown/source-paragraphs.ts';

/** MDX nodes that are code, not text. */
const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

function codeNodes(node: Node): Node[] {
  if (CODE_NODES.has(node.type)) return [node];
  return ((node as { children?: Node[] }).children ?? []).flatMap(codeNodes);
}

const HINT = 'Der Text ist Prosa: Zeichen wie { } < > mit einem Backslash schützen (\\{, \\<) oder weglassen; Quellen neu mit npm run ingest importieren.';

const markdownParser = unified().use(remarkParse);

/**
 * Lines indented by four spaces or a tab that Markdown sets as code: the page renders bodies as
 * Markdown (src/markdown/render-body.ts), but the paragraphs are counted as MDX,
 * which knows no indented code; such a line would be a paragraph in the count and code on the page.
 */
function indentedCodeIssues(file: string, body: string, offset: number): ValidationIssue[] {
  if (!/^( {4}|\t)/m.test(body)) return [];
  const lines = body.split('\n');
  const codes: Code[] = [];
  const visit = (node: Node) => {
    if (node.type === 'code') codes.push(node as Code);
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child);
  };
  visit(markdownParser.parse(body));
  return codes
    .filter((code) => code.position && !/^\s*(```|~~~)/.test(lines[code.position.start.line - 1] ?? ''))
    .map((code) => ({
      file,
      field: 'Text',
      line: code.position!.start.line + offset,
      message: `Die Zeile ist eingerückt (vier Leerzeichen oder ein Tabulator) und würde auf der Seite als Code gesetzt: «${(lines[code.position!.start.line - 1] ?? '').trim().slice(0, 40)}».`,
      hint: 'Die Einrückung am Zeilenanfang entfernen.',
    }));
}

/** The problems of the MDX `body` of `file`, whose line 1 is line `offset + 1` of the file. */
export function mdxBodyIssues(file: string, body: string, offset: number): ValidationIssue[] {
  return [...mdxCodeIssues(file, body, offset), ...indentedCodeIssues(file, body, offset)];
}

function mdxCodeIssues(file: string, body: string, offset: number): ValidationIssue[] {
  // Only braces, angle brackets and import/export lines make MDX code or MDX syntax errors;
  // prose without them is Markdown, which always parses (and parsing every body of a large
  // dossier costs seconds).
  if (!/[{<]|^\s*(import|export)\s/m.test(body)) return [];
  try {
    return codeNodes(parseMdxBody(body)).map((node) => {
      const start = node.position?.start;
      const snippet = start ? body.split('\n')[start.line - 1]!.slice(start.column - 1, start.column + 39) : '';
      return { file, field: 'Text', ...(start ? { line: start.line + offset } : {}), message: `Der Text enthält MDX-Code, den die Seite ausführen würde: «${snippet}».`, hint: HINT };
    });
  } catch (error) {
    const place = error as { line?: number; reason?: string };
    // The MDX parser's reason is English; it is quoted as such, after the German statement.
    const reason = place.reason ? ` (Meldung des MDX-Lesers: «${place.reason}»)` : '';
    return [{ file, field: 'Text', ...(place.line === undefined ? {} : { line: place.line + offset }), message: `Der Text lässt sich nicht als MDX lesen${reason}.`, hint: HINT }];
  }
}
