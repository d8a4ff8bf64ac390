/**
 * Schema problems, said in German with a hint: zod's issues for one file become the dossier's
 * problems (file, field, line, message, hint). Messages the schemas set themselves
 * (src/schemas/fields.ts) are kept; for the rest zod is given German texts here.
 */
import type { z } from 'astro/zod';
import type { ValidationIssue } from '../graph/types.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'true oder false',
  array: 'eine Liste',
  object: 'eine Gruppe von Feldern',
  date: 'ein Datum',
};

function describe(value: unknown): string {
  if (value === undefined) return 'leer';
  if (value === null) return 'leer (null)';
  if (Array.isArray(value)) return 'eine Liste';
  if (value instanceof Date) return 'ein Datum';
  if (typeof value === 'number') return `die Zahl ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'eine Gruppe von Feldern';
  return `«${String(value)}»`;
}

/**
 * zod's error map for a content file's validation: German for every issue a schema does not
 * word itself. Passed to `safeParse` (a schema's own message still wins).
 */
export function germanSchemaMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `muss ${TYPE_NAMES[issue.expected] ?? issue.expected} sein, ist ${describe(issue.input)}`;
    case 'invalid_value':
      return `${describe(issue.input)} ist nicht erlaubt; erlaubt: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unbekanntes Feld: ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'darf nicht leer sein' : issue.origin === 'array' ? `braucht mindestens ${issue.minimum} Einträge` : `muss mindestens ${issue.minimum} sein`;
    case 'too_big':
      return issue.origin === 'string' ? `darf höchstens ${issue.maximum} Zeichen lang sein` : issue.origin === 'array' ? `darf höchstens ${issue.maximum} Einträge haben` : `darf höchstens ${issue.maximum} sein`;
    case 'invalid_format':
      return 'hat nicht die erwartete Form';
    default:
      return 'ungültiger Wert';
  }
}

/** `relations[0].target` for zod's path `['relations', 0, 'target']`. */
function fieldPath(pathParts: readonly PropertyKey[]): string {
  return pathParts.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || '(ganze Datei)';
}

function hintFor(issue: Issue, field: string, value: unknown): string {
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)) {
    const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return `Den Wert in Anführungszeichen setzen, z. B. ${field.split('.').at(-1)}: "${shown}" (YAML liest ihn sonst als ${typeof value === 'number' ? 'Zahl' : value instanceof Date ? 'Datum' : 'Ja/Nein'}).`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array') return 'Als Liste schreiben, z. B. [eins, zwei] oder je Zeile «- eins».';
  if (issue.code === 'invalid_value') return 'Einen der erlaubten Werte verwenden (README, «Inhaltsmodell»).';
  if (issue.code === 'unrecognized_keys') return 'Tippfehler im Feldnamen? Die erlaubten Felder stehen im README, «Inhaltsmodell».';
  return 'Das Feld so schreiben, wie es das README im Abschnitt «Inhaltsmodell» beschreibt.';
}

function valueAt(data: unknown, pathParts: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of pathParts) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

/**
 * The line of the top-level field `key` in `yamlText` (which starts on the file's line
 * `firstLine`; 1 for a whole file), or undefined where the text has no such line.
 */
export function lineOf(yamlText: string, key: PropertyKey | undefined, firstLine = 1): number | undefined {
  if (typeof key !== 'string') return undefined;
  const at = yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return at < 0 ? undefined : at + firstLine;
}

/**
 * The problems of one file from zod's `issues` (validated with `germanSchemaMessage`): field,
 * line of its top-level key where the YAML has one, message and hint (a schema's message may
 * carry its own «Hinweis:»).
 */
export function schemaIssues(file: string, issues: readonly Issue[], data: unknown, yamlText: string, firstLine: number): ValidationIssue[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path);
    const [message, ownHint] = issue.message.split(/\s*Hinweis:\s*/);
    const line = lineOf(yamlText, issue.path[0], firstLine);
    return {
      file,
      field,
      ...(line === undefined ? {} : { line }),
      message: `${message!.replace(/\.$/, '')}.`,
      hint: ownHint ?? hintFor(issue, field, valueAt(data, issue.path)),
    };
  });
}
