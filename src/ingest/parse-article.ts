/**
 * Reads an article file in the agency format: a first line ` date YYYY-MM Title`, a blank
 * line, then paragraphs separated by blank lines. Refuses, with a message that says what is
 * wrong and how to fix it, anything it cannot read without losing or changing a word.
 */

import { checkMojibake } from '../text/mojibake.ts';
import { forbiddenCharacters } from '../text/forbidden-characters.ts';
import { unusualCharacters, type UnusualCharacter } from '../text/unusual-characters.ts';
import { readCredit, type Credit } from './read-credit.ts';

/** Larger articles are refused: a news article is a few kilobytes; 1 MiB is an accident. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export interface ParsedArticle {
  title: string;
  /** `YYYY-MM`, as in the date line. */
  date: string;
  /** The paragraphs, verbatim (line breaks inside a paragraph kept, trailing spaces removed). */
  paragraphs: string[];
  /** Agency credit, where the text prints one (read-credit.ts): a dateline, a closing credit or a credit line. */
  credit?: Credit;
  /** Warnings that did not stop the import (e.g. a Latin-1 file converted, mojibake repaired). */
  warnings: string[];
  /** Unusual characters that came in with the text (kept in the source), by place: `Titel` or `Absatz 3`. */
  unusual: { where: string; characters: UnusualCharacter[] }[];
}

export class ArticleError extends Error {
  readonly file: string;
  readonly where: string;
  readonly hint: string;

  // Plain fields, not parameter properties: the ingest command runs on Node's type stripping.
  constructor(file: string, where: string, message: string, hint: string) {
    super(`${file}: ${where}: ${message}\nHinweis: ${hint}`);
    this.file = file;
    this.where = where;
    this.hint = hint;
  }
}

const DATE_LINE = /^\s*date\s+(\d{4})-(\d{2})\s+(\S.*?)\s*$/;

function decode(bytes: Uint8Array, file: string, warnings: string[]): string {
  if (bytes.length === 0) throw new ArticleError(file, 'Datei', 'Die Datei ist leer.', 'Eine Textdatei mit Datumszeile und mindestens einem Absatz angeben.');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError(file, 'Datei', `Die Datei ist ${bytes.length} Bytes gross; erlaubt sind höchstens ${MAX_ARTICLE_BYTES} (1 MiB).`, 'Ist es wirklich ein einzelner Artikel? Mehrere Artikel einzeln importieren.');
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new ArticleError(file, 'Datei', 'Die Datei enthält Binärdaten (Null-Bytes) und ist kein Text.', 'Den Artikel als reinen Text (UTF-8) speichern, nicht als Word-, PDF- oder Bilddatei.');
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 byte-order mark
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    // Not UTF-8. Agency feeds and older Windows tools write Latin-1 (Windows-1252); every byte
    // is a valid character there, so the text converts without loss. Say so, don't hide it.
    warnings.push(`${file}: kein gültiges UTF-8; als Windows-1252 (Latin-1) gelesen und in UTF-8 umgewandelt. Umlaute im Ergebnis prüfen.`);
    return new TextDecoder('windows-1252').decode(bytes.subarray(start));
  }
}

export function parseArticle(bytes: Uint8Array, file: string): ParsedArticle {
  const warnings: string[] = [];
  const text = decode(bytes, file, warnings).replace(/\r\n?/g, '\n');
  // The same rule as the content check's (src/text/forbidden-characters.ts): what the build would refuse is not imported.
  const [forbidden] = forbiddenCharacters(text);
  if (forbidden) {
    throw new ArticleError(file, 'Datei', `Der Text enthält ${forbidden.code}, ${forbidden.label} (Zeile ${forbidden.line}).`, 'Den Artikel als reinen Text speichern und das Zeichen entfernen; es kam oft beim Kopieren aus einer Webseite oder einem Feed mit.');
  }
  const [firstLine = '', ...rest] = text.split('\n');
  const match = DATE_LINE.exec(firstLine);
  if (!match) {
    throw new ArticleError(
      file,
      'Zeile 1',
      `Die erste Zeile muss « date JJJJ-MM Titel» sein, sie lautet «${firstLine.slice(0, 80)}».`,
      'Z. B. « date 2025-07 Russischer Aussenminister Lawrow trifft Nordkoreas Machthaber Kim».',
    );
  }
  const [, year, month, title] = match as unknown as [string, string, string, string];
  if (Number(month) < 1 || Number(month) > 12) {
    throw new ArticleError(file, 'Zeile 1', `Monat ${month} gibt es nicht.`, 'Das Datum als JJJJ-MM mit Monat 01 bis 12 schreiben.');
  }
  const paragraphs = rest
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((line) => line.replace(/\s+$/, '')).join('\n').trim())
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) {
    throw new ArticleError(file, 'Text', 'Nach der Datumszeile steht kein Absatz.', 'Den Artikeltext nach einer Leerzeile anfügen, Absätze durch Leerzeilen getrennt.');
  }
  const repaired = repairMojibake(file, title, paragraphs, warnings);
  const unusual = [['Titel', repaired.title] as const, ...repaired.paragraphs.map((p, i) => [`Absatz ${i + 1}`, p] as const)]
    .map(([where, text]) => ({ where, characters: unusualCharacters(text) }))
    .filter((u) => u.characters.length > 0);
  const credit = readCredit(repaired.paragraphs);
  if (!credit) warnings.push(`${file}: Der Text nennt keine Agentur (keine Ortsmarke wie «PEKING (dpa-AFX) -», kein «(sda)» oder «© AFP» am Schluss); die Quelle bitte bei der Durchsicht angeben.`);
  return { title: repaired.title, date: `${year}-${month}`, paragraphs: repaired.paragraphs, credit, warnings, unusual };
}

/**
 * UTF-8 that was once read as Windows-1252 («GesprÃ¤che»), per title and paragraph: repaired
 * with a warning where every damaged sequence decodes cleanly; otherwise the whole article is
 * refused, naming every damaged place at once. Clean paragraphs stay exactly as they are.
 */
function repairMojibake(file: string, title: string, paragraphs: string[], warnings: string[]): { title: string; paragraphs: string[] } {
  const damaged: string[] = [];
  const check = (where: string, text: string): string => {
    const result = checkMojibake(text);
    if (result.status === 'damaged') damaged.push(`${where}: «…${result.at}…»`);
    if (result.status !== 'repaired') return text;
    const shown = [...new Map(result.repairs.map((r) => [r.from, `${r.from} → ${r.to}`])).values()].join(', ');
    warnings.push(`${file}: ${where}: Zeichensalat (UTF-8, einmal als Windows-1252 gelesen) repariert: ${shown}. Bitte den Text mit der Quelle vergleichen.`);
    return result.text;
  };
  const repaired = { title: check('Titel', title), paragraphs: paragraphs.map((p, i) => check(`Absatz ${i + 1}`, p)) };
  if (damaged.length > 0) {
    throw new ArticleError(
      file,
      damaged.map((d) => d.split(':')[0]).join(', '),
      `Der Text enthält Zeichensalat (UTF-8, als Windows-1252 gelesen), der sich nicht sicher reparieren lässt:\n${damaged.map((d) => `  ${d}`).join('\n')}`,
      'Den Artikel aus der Quelle neu kopieren und als UTF-8 speichern (nicht über ein Programm, das Windows-1252 annimmt).',
    );
  }
  return repaired;
}
