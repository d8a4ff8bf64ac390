/**
 * Reads a content folder into the shape the dossier graph takes, without Astro but as Astro
 * reads it (its file patterns, its frontmatter and YAML parsers, ids from file names, the
 * project's schemas), and says everything that is wrong in one round: files that cannot be read,
 * YAML that does not parse, fields that do not match their schema, file names that are no ids,
 * MDX bodies that do not parse or hold code. Each problem names the file (relative to the
 * working folder, as editors see it), the field, the line where known, what is wrong and a hint,
 * in German. Files with a problem are left out of the input.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { idOfFile, SLUG_PATTERN } from '../model/entry-id.ts';
import { COLLECTION, COLLECTION_NAMES, IMAGES_FOLDER, isCollectionFile, type CollectionName } from '../model/vocabulary.ts';
import { SCHEMAS } from '../schemas/index.ts';
import type { DossierInput, InputEntry, ValidationIssue } from '../graph/types.ts';
import { isYamlError, loadYaml, splitFrontmatter } from './astro-parsers.ts';
import { markdownBodyIssues, mdxBodyIssues } from './body-issues.ts';
import { germanSchemaMessage, schemaIssues } from './schema-issues.ts';
import { yamlIssue } from './yaml-issues.ts';
import { forbiddenCharacters } from '../text/forbidden-characters.ts';

/** What reading a content folder gives: the entries that passed and every problem found. */
export interface ContentReading {
  /** The entries that passed, by collection. */
  input: DossierInput;
  /** Every problem found, file by file. */
  problems: ValidationIssue[];
  /** Ids of the entries left out for a problem: the graph's complaints that they are missing are consequences, not causes. */
  rejectedIds: Set<string>;
}

function readEntry(collection: CollectionName, shown: string, name: string, text: string, problems: ValidationIssue[], imageExists: (name: string) => boolean): InputEntry<unknown> | undefined {
  const id = idOfFile(name);
  const before = problems.length;
  // Control characters, noncharacters and bidi controls: refused wherever they stand
  // (src/text/forbidden-characters.ts); the file is read no further, since the YAML reader would
  // name some of them again in its own words.
  const forbidden = forbiddenCharacters(text);
  for (const { code, line, label } of forbidden) {
    problems.push({ file: shown, field: 'Text', line, message: `Die Zeile enthält ${code}, ${label}.`, hint: 'Das Zeichen löschen (es ist meist unsichtbar: die Zeile neu tippen hilft); es kam oft beim Kopieren aus einer Webseite oder einem Feed mit.' });
  }
  if (forbidden.length > 0) return undefined;
  if (!SLUG_PATTERN.test(id)) {
    problems.push({
      file: shown,
      field: 'Dateiname',
      message: `«${id}» taugt nicht als Kürzel.`,
      hint: 'Nur Kleinbuchstaben a-z, Ziffern und Bindestriche verwenden, Umlaute umschreiben (ö -> oe), z. B. «pjoengjang.mdx».',
    });
  }
  const isYaml = name.endsWith('.yaml');
  let raw: unknown;
  let yamlText: string;
  let firstLine: number;
  let body: string | undefined;
  try {
    if (isYaml) {
      raw = loadYaml(text) ?? {};
      yamlText = text;
      firstLine = 1;
    } else {
      ({ data: raw, yamlText, firstLine, body } = splitFrontmatter(text));
    }
  } catch (error) {
    if (!isYamlError(error)) throw error;
    // A frontmatter's YAML text starts with the rest of the opening `---` line.
    const start = isYaml ? 0 : text.indexOf('---') + 3;
    const end = isYaml ? text.length : text.indexOf('\n---', start);
    problems.push(yamlIssue(shown, error, text.slice(start, end < 0 ? text.length : end), text.slice(0, start).split('\n').length));
    return undefined;
  }
  const parsed = SCHEMAS[collection].safeParse(raw, { error: germanSchemaMessage });
  if (!parsed.success) problems.push(...schemaIssues(shown, parsed.error.issues, raw, yamlText, firstLine));
  // Notes of entities and events may use the editors' components; a source's text may not.
  const components = collection !== 'source';
  if (body !== undefined && name.endsWith('.md')) problems.push(...markdownBodyIssues(shown, body, text.slice(0, text.length - body.length).split('\n').length - 1));
  if (body !== undefined && name.endsWith('.mdx')) problems.push(...mdxBodyIssues(shown, body, text.length - body.length === 0 ? 0 : text.slice(0, text.length - body.length).split('\n').length - 1, components, imageExists));
  if (problems.length > before || !parsed.success) return undefined;
  // The file's line the body starts on, so that problems in the body name the file's line.
  const bodyLine = body === undefined ? undefined : text.slice(0, text.length - body.length).split('\n').length;
  return { id, filePath: shown, data: parsed.data, body, bodyLine };
}

/** The entry files of a collection's folder, as Astro's loader finds them (hidden files left out). */
function entryFiles(folder: string, collection: CollectionName): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => !name.startsWith('.') && isCollectionFile(collection, name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Every collection of the content folder `dir`. Drafts (`draft: true`) are left out unless
 * `includeDrafts`. Never throws on bad content: problems come back in `problems`.
 */
export function readContent(dir: string, options: { includeDrafts?: boolean } = {}): ContentReading {
  const problems: ValidationIssue[] = [];
  const rejectedIds = new Set<string>();
  // The editors' images (<Abbildung src="…">), read once.
  const images = new Set(existsSync(path.join(dir, IMAGES_FOLDER)) ? readdirSync(path.join(dir, IMAGES_FOLDER)) : []);
  const imageExists = (name: string) => images.has(name);
  const input = Object.fromEntries(
    COLLECTION_NAMES.map((collection) => {
      const folder = path.join(dir, COLLECTION[collection].folder);
      const entries = entryFiles(folder, collection).flatMap((name) => {
        const full = path.join(folder, name);
        const shown = path.relative(process.cwd(), full);
        let text: string;
        try {
          text = readFileSync(full, 'utf8');
        } catch (error) {
          problems.push({ file: shown, field: '(Datei)', message: `Die Datei lässt sich nicht lesen (${(error as NodeJS.ErrnoException).code ?? 'unbekannter Fehler'}).`, hint: 'Prüfen, ob die Datei noch da ist und gelesen werden darf (eine Verknüpfung ins Leere, eine Sperrdatei des Editors?).' });
          rejectedIds.add(idOfFile(name));
          return [];
        }
        const entry = readEntry(collection, shown, name, text, problems, imageExists);
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
