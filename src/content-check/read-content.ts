/**
 * Reads a content folder into the shape the dossier graph takes, without Astro, and says
 * everything that is wrong with it in one round: YAML that does not parse, fields that do not
 * match their schema, file names that are no ids, MDX bodies that do not parse. Each problem
 * names the file (relative to the working folder, as editors see it), the field, the line where
 * known, what is wrong and a hint, in German. Files with a problem are left out of the input;
 * the rest is read as Astro would (ids from file names, schemas from src/schemas/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml, YAMLException } from 'js-yaml';
import { idOfFile, SLUG_PATTERN } from '../model/entry-id.ts';
import { COLLECTION, COLLECTION_NAMES, isCollectionFile, type CollectionName } from '../model/vocabulary.ts';
import { SCHEMAS } from '../schemas/index.ts';
import type { DossierInput, InputEntry, ValidationIssue } from '../graph/types.ts';
import { parseMdxBody } from '../markdown/source-paragraphs.ts';
import type { Node } from 'unist';
import { germanSchemaMessage, schemaIssues } from './schema-issues.ts';
import { yamlIssue } from './yaml-issues.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface ReadContent {
  /** The entries that passed, by collection. */
  input: DossierInput;
  /** Every problem found, file by file. */
  problems: ValidationIssue[];
  /** Ids of the entries left out for a problem: the graph's complaints about references to them are consequences, not causes. */
  rejectedIds: Set<string>;
}

interface FileText {
  /** The file as editors name it, relative to the working folder. */
  shown: string;
  name: string;
  text: string;
}

/** MDX nodes that are code, not text: the page would run them, and a slip fails the build late, in English. */
const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

function codeNodes(node: Node): Node[] {
  if (CODE_NODES.has(node.type)) return [node];
  return ((node as { children?: Node[] }).children ?? []).flatMap(codeNodes);
}

/**
 * Problems of an MDX body (a source's text, an entity's notes) whose first line is line
 * `offset + 1` of the file: MDX that does not parse, and MDX code in what must be prose.
 */
function bodyIssues(file: string, body: string, offset: number): ValidationIssue[] {
  // Only braces, angle brackets and import/export lines make MDX code or MDX syntax errors;
  // prose without them is plain Markdown, which always parses (and parsing every body of a large
  // dossier costs seconds).
  if (!/[{<]|^\s*(import|export)\s/m.test(body)) return [];
  const hint = 'Der Text ist Prosa: Zeichen wie { } < > mit einem Backslash schützen (\\{, \\<) oder weglassen; Quellen neu mit npm run ingest importieren.';
  try {
    return codeNodes(parseMdxBody(body)).map((node) => {
      const start = node.position?.start;
      const snippet = start && node.position ? body.split('\n')[start.line - 1]!.slice(start.column - 1, start.column + 39) : '';
      return {
        file,
        field: 'Text',
        ...(start ? { line: start.line + offset } : {}),
        message: `Der Text enthält MDX-Code, den die Seite ausführen würde: «${snippet}».`,
        hint,
      };
    });
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    return [
      {
        file,
        field: 'Text',
        ...(place.line === undefined ? {} : { line: place.line + offset }),
        message: `Der Text lässt sich nicht als MDX lesen (${place.reason ?? place.message ?? String(error)}).`,
        hint,
      },
    ];
  }
}

function readEntry(collection: CollectionName, file: FileText, problems: ValidationIssue[]): InputEntry<unknown> | undefined {
  const { shown, name, text } = file;
  const id = idOfFile(name);
  const before = problems.length;
  if (!SLUG_PATTERN.test(id)) {
    problems.push({
      file: shown,
      field: 'Dateiname',
      message: `«${id}» taugt nicht als Kürzel.`,
      hint: 'Nur Kleinbuchstaben a-z, Ziffern und Bindestriche verwenden, Umlaute umschreiben (ö -> oe), z. B. «pjoengjang.mdx».',
    });
  }
  const isYaml = name.endsWith('.yaml');
  const frontmatter = isYaml ? undefined : FRONTMATTER.exec(text);
  const yamlText = isYaml ? text : (frontmatter?.[1] ?? '');
  // The YAML of a frontmatter starts on the file's second line.
  const firstLine = isYaml ? 1 : 2;
  let raw: unknown;
  try {
    raw = parseYaml(yamlText) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    problems.push(yamlIssue(shown, error, firstLine));
    return undefined;
  }
  const body = isYaml ? undefined : frontmatter ? text.slice(frontmatter[0].length) : text;
  const parsed = SCHEMAS[collection].safeParse(raw, { error: germanSchemaMessage });
  if (!parsed.success) problems.push(...schemaIssues(shown, parsed.error.issues, raw, yamlText, firstLine));
  if (body !== undefined) problems.push(...bodyIssues(shown, body, text.slice(0, text.length - body.length).split('\n').length - 1));
  if (problems.length > before || !parsed.success) return undefined;
  return { id, filePath: shown, data: parsed.data, body };
}

/**
 * Every collection of the content folder `dir`. Drafts (`draft: true`) are left out unless
 * `includeDrafts`. Never throws on bad content: problems come back in `problems`.
 */
export function readContent(dir: string, options: { includeDrafts?: boolean } = {}): ReadContent {
  const problems: ValidationIssue[] = [];
  const rejectedIds = new Set<string>();
  const input = Object.fromEntries(
    COLLECTION_NAMES.map((collection) => {
      const folder = path.join(dir, COLLECTION[collection].folder);
      let names: string[];
      try {
        names = readdirSync(folder).filter((name) => isCollectionFile(collection, name)).sort();
      } catch {
        names = [];
      }
      const entries = names.flatMap((name) => {
        const full = path.join(folder, name);
        const entry = readEntry(collection, { shown: path.relative(process.cwd(), full), name, text: readFileSync(full, 'utf8') }, problems);
        if (!entry) {
          rejectedIds.add(idOfFile(name));
          return [];
        }
        return (entry.data as { draft?: boolean }).draft && !options.includeDrafts ? [] : [entry];
      });
      return [collection, entries];
    }),
  ) as DossierInput;
  return { input, problems, rejectedIds };
}
