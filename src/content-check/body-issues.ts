/**
 * Problems of an MDX body (a source's text, an entity's notes): MDX that does not parse, and MDX
 * code in what must be prose (`{…}`, `import`, an element that is none of the editors'
 * components), which the page would run and which would fail the build late, in Astro's English.
 * The editors' components (src/model/editor-components.ts) are allowed in the notes of entities
 * and events, on a line of their own, with their attributes as literal text; never in a source,
 * whose text is the agency's. Markdown (`.md`) bodies are plain text to Astro and are not checked.
 */
import type { Node } from 'unist';
import type { Code } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { ValidationIssue } from '../graph/types.ts';
import { parseMdxBody } from '../markdown/source-paragraphs.ts';
import { isJsxElement, literalValue, type JsxElement } from '../markdown/component-uses.ts';
import { EDITOR_COMPONENTS, EDITOR_COMPONENT_NAMES, isEditorComponent } from '../model/editor-components.ts';
import { IMAGE_EXTENSIONS, IMAGES_FOLDER } from '../model/vocabulary.ts';

/** MDX nodes that are code, not text. */
const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Code nodes, outermost first; inside an editors' component its text is searched too. */
function codeNodes(node: Node): Node[] {
  const inner = ((node as { children?: Node[] }).children ?? []).flatMap(codeNodes);
  if (!CODE_NODES.has(node.type)) return inner;
  return isJsxElement(node) && isEditorComponent(node.name) ? [node, ...inner] : [node];
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

/**
 * The problems of the MDX `body` of `file`, whose line 1 is line `offset + 1` of the file;
 * `components`: whether the body may use the editors' components (notes, not a source's text);
 * `imageExists`: whether the content's images folder has a file of that name.
 */
export function mdxBodyIssues(file: string, body: string, offset: number, components = false, imageExists: (name: string) => boolean = () => false): ValidationIssue[] {
  return [...mdxCodeIssues(file, body, offset, components, imageExists), ...indentedCodeIssues(file, body, offset)];
}

const IMAGE_NAME = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]*\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** What is wrong with an image's `src`: a path, a web address, another format, a missing file. */
function imageProblems(src: string | undefined, imageExists: (name: string) => boolean): { message: string; hint: string }[] {
  if (!src?.trim()) return [];
  const hint = `Das Bild in den Ordner ${IMAGES_FOLDER}/ des Inhalts legen (png, jpg oder webp, ohne Leerzeichen im Namen) und hier nur seinen Dateinamen angeben; Bilder aus dem Netz werden nicht geladen.`;
  if (!IMAGE_NAME.test(src)) return [{ message: `<Abbildung src="${src}">: kein Dateiname eines Bildes im Ordner ${IMAGES_FOLDER}/.`, hint }];
  if (!imageExists(src)) return [{ message: `<Abbildung src="${src}">: die Datei gibt es im Ordner ${IMAGES_FOLDER}/ nicht.`, hint }];
  return [];
}

/**
 * The problems of a Markdown (`.md`) body: an editors' component in it, which Markdown would
 * print as text. Components are MDX: the file is renamed to `.mdx` (its page keeps its address,
 * which comes from the name without the extension).
 */
export function markdownBodyIssues(file: string, body: string, offset: number): ValidationIssue[] {
  const lines = body.split('\n');
  return lines.flatMap((text, index) => {
    const name = /<([A-Z][A-Za-z]*)\b/.exec(text)?.[1];
    if (!isEditorComponent(name)) return [];
    return [{ file, field: 'Text', line: index + 1 + offset, message: `«<${name}>» ist eine Komponente; eine .md-Datei zeigt sie als Text.`, hint: `Die Datei in ${file.replace(/\.md$/, '.mdx')} umbenennen; die Adresse der Seite bleibt dieselbe.` }];
  });
}

const KNOWN = EDITOR_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/** What is wrong with one use of an editors' component (none if it is right). */
function componentProblems(node: JsxElement, components: boolean, imageExists: (name: string) => boolean): { message: string; hint: string }[] {
  const name = node.name!;
  if (!components) return [{ message: `Eine Quelle darf keine Komponenten enthalten; gefunden: «<${name}>». Ihr Text ist der der Agentur, Wort für Wort.`, hint: `${isEditorComponent(name) ? 'Die Komponente in die Anmerkungen eines Eintrags oder Ereignisses setzen.' : HINT}` }];
  if (!isEditorComponent(name)) return [{ message: `Der Text enthält MDX-Code, den die Seite ausführen würde: «<${name}>» ist keine Komponente der Redaktion.`, hint: `Bekannt sind ${KNOWN} (README, «Komponenten in Anmerkungen»); sonst ${HINT}` }];
  const spec = EDITOR_COMPONENTS[name];
  const problems: { message: string; hint: string }[] = [];
  if (node.type === 'mdxJsxTextElement') problems.push({ message: `«<${name}>» steht mitten im Fliesstext.`, hint: `Die Komponente auf eine eigene Zeile stellen, mit einer Leerzeile davor und danach, z. B. ${spec.example}` });
  const given = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push({ message: `«<${name}>» hat eine Angabe in geschweiften Klammern.`, hint: `Angaben als Text in Anführungszeichen schreiben, z. B. ${spec.example}` });
      continue;
    }
    given.add(attribute.name);
    const known = (spec.attributes as Record<string, { holds: string }>)[attribute.name];
    if (!known) {
      const names = Object.keys(spec.attributes).map((a) => `«${a}»`).join(', ');
      const count = Object.keys(spec.attributes).length;
      problems.push({ message: `«<${name}>» kennt die Angabe «${attribute.name}» nicht.`, hint: `Erlaubt ${count === 0 ? 'ist keine' : count === 1 ? `ist nur ${names}` : `sind ${names}`}, z. B. ${spec.example}` });
    } else if (literalValue(attribute)?.trim() === '' || literalValue(attribute) === undefined) {
      problems.push({ message: `«<${name}>»: die Angabe «${attribute.name}» ist leer oder kein Text in Anführungszeichen.`, hint: `«${attribute.name}» nennt ${known.holds}, z. B. ${spec.example}` });
    }
  }
  for (const [attribute, { required, holds }] of Object.entries(spec.attributes) as [string, { required: boolean; holds: string }][]) {
    if (required && !given.has(attribute)) problems.push({ message: `«<${name}>» fehlt die Angabe «${attribute}».`, hint: `«${attribute}» nennt ${holds}, z. B. ${spec.example}` });
  }
  const hasText = node.children.length > 0;
  if (spec.wrapsText && !hasText) problems.push({ message: `«<${name}>» umschliesst keinen Text.`, hint: `Den Text zwischen öffnende und schliessende Marke setzen, z. B. ${spec.example}` });
  if (!spec.wrapsText && hasText) problems.push({ message: `«<${name}>» darf keinen Text umschliessen.`, hint: `Allein stehend mit «/>» schreiben: ${spec.example}` });
  if (name === 'Abbildung') {
    const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src');
    problems.push(...imageProblems(src ? literalValue(src) : undefined, imageExists));
  }
  return problems;
}

function mdxCodeIssues(file: string, body: string, offset: number, components: boolean, imageExists: (name: string) => boolean): ValidationIssue[] {
  // Only braces, angle brackets and import/export lines make MDX code or MDX syntax errors;
  // prose without them is Markdown, which always parses (and parsing every body of a large
  // dossier costs seconds).
  if (!/[{<]|^\s*(import|export)\s/m.test(body)) return [];
  try {
    return codeNodes(parseMdxBody(body)).flatMap((node) => {
      const start = node.position?.start;
      const at = start ? { line: start.line + offset } : {};
      if (isJsxElement(node) && node.name && /^[A-Z]/.test(node.name)) return componentProblems(node, components, imageExists).map((p) => ({ file, field: 'Text', ...at, ...p }));
      const snippet = start ? body.split('\n')[start.line - 1]!.slice(start.column - 1, start.column + 39) : '';
      return [{ file, field: 'Text', ...at, message: `Der Text enthält MDX-Code, den die Seite ausführen würde: «${snippet}».`, hint: HINT }];
    });
  } catch (error) {
    const place = error as { line?: number; reason?: string };
    // The MDX parser's reason is English; it is quoted as such, after the German statement.
    const reason = place.reason ? ` (Meldung des MDX-Lesers: «${place.reason}»)` : '';
    return [{ file, field: 'Text', ...(place.line === undefined ? {} : { line: place.line + offset }), message: `Der Text lässt sich nicht als MDX lesen${reason}.`, hint: HINT }];
  }
}
