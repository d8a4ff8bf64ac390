/**
 * YAML syntax errors, said in German: js-yaml's reason (English, and cryptic for the commonest
 * slip, a colon inside a value) becomes what is wrong and what to do, with the file's line.
 */
import type { YamlError } from './astro-parsers.ts';
import type { ValidationIssue } from '../graph/types.ts';

/** js-yaml's reasons, as an editor would put them, with the fix. Matched by their start. */
const REASONS: [reason: string, message: string, hint: string][] = [
  [
    'bad indentation of a mapping entry',
    'Die YAML-Zeile lässt sich nicht lesen: meist steht im Wert ein Doppelpunkt mit Leerzeichen («: ») oder die Einrückung stimmt nicht.',
    'Einen Wert mit «: », «#» oder Anführungszeichen in Anführungszeichen setzen, z. B. summary: "Laut Artikel gilt: …"; Felder gleich weit einrücken.',
  ],
  [
    'incomplete explicit mapping pair',
    'Die YAML-Zeile lässt sich nicht lesen: ein Feld ohne Namen oder ein Doppelpunkt an falscher Stelle.',
    'Jede Zeile als «feld: wert» schreiben; Werte mit Doppelpunkt in Anführungszeichen setzen.',
  ],
  ['duplicated mapping key', 'Ein Feld steht zweimal.', 'Eines der beiden Felder löschen oder zusammenführen.'],
  [
    'end of the stream or a document separator is expected',
    'Nach dem Ende der Angaben folgt noch Text, den YAML nicht zuordnen kann.',
    'Einrückung und Anführungszeichen der Zeile prüfen; ein Wert über mehrere Zeilen braucht «>» oder «|» nach dem Doppelpunkt.',
  ],
  ['unexpected end of the stream within a double quoted scalar', 'Ein Anführungszeichen (") wird nicht geschlossen.', 'Das schliessende " ergänzen; ein " im Text als \\" schreiben.'],
  ['unexpected end of the stream within a single quoted scalar', "Ein Apostroph (') als Anführungszeichen wird nicht geschlossen.", "Das schliessende ' ergänzen; ein ' im Text als '' schreiben."],
  [
    'deficient indentation',
    'Ein Wert läuft in die nächste Zeile weiter, ohne eingerückt zu sein; meist wird in der Zeile davor ein Anführungszeichen nicht geschlossen.',
    'Das Anführungszeichen schliessen oder die Folgezeilen eines mehrzeiligen Werts einrücken.',
  ],
  ['missed comma between flow collection entries', 'In einer Liste in eckigen Klammern fehlt ein Komma.', 'Die Einträge mit Kommas trennen: [a, b, c].'],
  ['unexpected end of the stream within a flow collection', 'Eine eckige oder geschweifte Klammer wird nicht geschlossen.', 'Die schliessende Klammer ] oder } ergänzen.'],
  [
    'tab characters must not be used in indentation',
    'Die Zeile ist mit einem Tabulator eingerückt; YAML erlaubt zum Einrücken nur Leerzeichen.',
    'Den Tabulator am Zeilenanfang durch Leerzeichen ersetzen (so viele, wie die Felder darüber eingerückt sind); im Editor «Tabulator als Leerzeichen» einschalten.',
  ],
  ['bad indentation of a sequence entry', 'Ein Listeneintrag («- …») ist anders eingerückt als die übrigen.', 'Alle Einträge einer Liste gleich weit einrücken, jeden mit «- » beginnen.'],
  [
    'can not read an implicit mapping pair',
    'In der Zeile fehlt der Doppelpunkt nach dem Feldnamen, oder ein Wert läuft ohne Einrückung in die nächste Zeile.',
    'Jede Zeile als «feld: wert» schreiben; einen langen Wert in Anführungszeichen setzen oder mit «>» und eingerückten Folgezeilen.',
  ],
  ['a whitespace character is expected after the key-value separator', 'Nach dem Doppelpunkt eines Felds fehlt das Leerzeichen.', 'Als «feld: wert» schreiben, mit einem Leerzeichen nach dem Doppelpunkt.'],
  ['unexpected end of the document within a double quoted scalar', 'Ein Anführungszeichen (") wird nicht geschlossen.', 'Das schliessende " ergänzen; ein " im Text als \\" schreiben.'],
  ['unexpected end of the document within a single quoted scalar', "Ein Apostroph (') als Anführungszeichen wird nicht geschlossen.", "Das schliessende ' ergänzen; ein ' im Text als '' schreiben."],
  ['unknown escape sequence', 'In einem Wert in doppelten Anführungszeichen steht ein Rückstrich (\\), den YAML nicht kennt.', 'Den Rückstrich verdoppeln (\\\\) oder den Wert in einfache Anführungszeichen setzen.'],
  ['expected hexadecimal character', 'Nach «\\x» oder «\\u» in einem Wert stehen keine gültigen Hexadezimalziffern.', 'Den Rückstrich verdoppeln (\\\\) oder das gemeinte Zeichen direkt schreiben.'],
  ['missing indentation for block scalar', 'Ein mehrzeiliger Wert («>» oder «|») hat keine eingerückten Folgezeilen.', 'Die Zeilen des Werts unter dem Feld einrücken.'],
  ['unidentified alias', 'Ein Verweis «*name» zeigt auf nichts.', 'Inhaltsdateien brauchen keine YAML-Verweise: den Wert ausschreiben.'],
  ['name of an alias node must contain', 'Ein «*» am Anfang eines Werts wird als YAML-Verweis gelesen.', 'Den Wert in Anführungszeichen setzen, z. B. "*wichtig*".'],
  ['name of an anchor node must contain', 'Ein «&» am Anfang eines Werts wird als YAML-Anker gelesen.', 'Den Wert in Anführungszeichen setzen, z. B. "& Partner".'],
  ['nesting exceeded maxDepth', 'Die Angaben sind tiefer verschachtelt, als eine Inhaltsdatei je braucht.', 'Die Verschachtelung prüfen; das Inhaltsmodell (README) braucht höchstens wenige Ebenen.'],
  ['merge keys exceeded', 'Die Datei verwendet YAML-Verweise in einer Menge, die nur ein Fehler oder ein Angriff erzeugt.', 'Verweise (&, *, <<) entfernen und die Werte ausschreiben.'],
  ['null byte is not allowed in input', 'Die Datei enthält ein Null-Byte (Binärdaten).', 'Die Datei als reinen Text (UTF-8) speichern; das Zeichen entfernen.'],
  ['the stream contains non-printable characters', 'Die Angaben enthalten ein unsichtbares Steuerzeichen.', 'Das Zeichen entfernen; es kommt oft beim Kopieren aus einer Webseite mit.'],
  ['expected the node content', 'An dieser Stelle erwartet YAML einen Wert, findet aber ein Zeichen mit besonderer Bedeutung («@», «`», «%», «!»).', 'Den Wert in Anführungszeichen setzen.'],
  [
    'can not read a block mapping entry',
    'Ein Feld lässt sich nicht lesen: meist wird weiter oben ein Anführungszeichen nicht geschlossen, oder ein mehrzeiliger Wert ist nicht eingerückt (die Zeilenangabe ist dann die Stelle, an der YAML aufgibt).',
    'Anführungszeichen der Felder darüber prüfen und schliessen; mehrzeiligen Text mit «>» nach dem Doppelpunkt und eingerückten Folgezeilen schreiben.',
  ],
];

/**
 * The first line of `yamlText` that opens a double-quoted value and does not close it: js-yaml
 * reports such a quote where it gives up, often lines later, so the quote is looked for here.
 * Index into the YAML's lines, or -1.
 */
function unclosedQuoteLine(yamlText: string): number {
  return yamlText.split('\n').findIndex((line) => /^\s*(?:-\s+)?[\w.-]+:\s*"/.test(line) && (line.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1);
}

/**
 * A problem for a YAML error in `file`, whose YAML text `yamlText` starts on line `firstLine`
 * of the file (js-yaml counts from 0 there). An unclosed double quote is reported where it
 * opens, whatever js-yaml says.
 */
export function yamlIssue(file: string, error: YamlError, yamlText: string, firstLine: number): ValidationIssue {
  const quote = unclosedQuoteLine(yamlText);
  if (quote >= 0) {
    return {
      file,
      field: 'YAML',
      line: quote + firstLine,
      message: 'Ein Anführungszeichen (") wird nicht geschlossen.',
      hint: 'Das schliessende " am Ende des Werts ergänzen; ein " im Text als \\" schreiben oder «…» verwenden.',
    };
  }
  const known = REASONS.find(([reason]) => error.reason.startsWith(reason));
  const line = error.mark ? error.mark.line + firstLine : undefined;
  return {
    file,
    field: 'YAML',
    ...(line === undefined ? {} : { line }),
    message: known ? known[1] : `Die YAML-Angaben lassen sich an dieser Stelle nicht lesen (technische Meldung: «${error.reason}»).`,
    hint: known ? known[2] : 'Die Zeile mit einer funktionierenden Datei derselben Art vergleichen (README, «Inhaltsmodell»).',
  };
}
