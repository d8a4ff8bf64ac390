/**
 * The content check before a build (src/content-check/): each case breaks a copy of the seed
 * content in one way and expects exactly these problems, in German, with file, field and line.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { previousBuildNote } from '../../src/integrations/last-good-build.ts';

function contentWith(breakIt: (dir: string) => void): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'content-check-')), 'content');
  cpSync(path.resolve('content'), dir, { recursive: true });
  breakIt(dir);
  return dir;
}

function edit(dir: string, file: string, from: RegExp, to: string): void {
  const full = path.join(dir, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(from, to));
}

type Case = [name: string, breakIt: (dir: string) => void, expected: { file: string; field: string; line?: number; message: RegExp }[]];

const cases: Case[] = [
  ['the seed content', () => {}, []],
  ['an event kind that does not exist', (d) => edit(d, 'ereignisse/lawrow-besucht-nordkorea.mdx', /^kind: .*$/m, 'kind: reise'), [
    { file: 'ereignisse/lawrow-besucht-nordkorea.mdx', field: 'kind', line: 3, message: /^«reise» ist nicht erlaubt; erlaubt: besuch, treffen/ },
  ]],
  ['a number where text is expected', (d) => edit(d, 'laender/nordkorea.mdx', /^isoNumeric: .*$/m, 'isoNumeric: 408'), [
    { file: 'laender/nordkorea.mdx', field: 'isoNumeric', line: 5, message: /^muss Text sein, ist die Zahl 408\.$/ },
  ]],
  ['a colon in an unquoted value', (d) => edit(d, 'orte/wonsan.mdx', /^summary: (.*)$/m, 'summary: Laut Artikel gilt: $1'), [
    { file: 'orte/wonsan.mdx', field: 'YAML', line: 4, message: /Doppelpunkt mit Leerzeichen/ },
  ]],
  ['a YAML file with an unclosed quote', (d) => edit(d, 'aussagen/heroisch.yaml', /^quote: (.*)$/m, 'quote: "$1'), [
    { file: 'aussagen/heroisch.yaml', field: 'YAML', line: 2, message: /^Ein Anführungszeichen \("\) wird nicht geschlossen\.$/ },
  ]],
  ['an unclosed quote in a nested frontmatter value is reported where it opens', (d) => edit(d, 'orte/wonsan.mdx', /^  source: "(.*)"$/m, '  source: "$1'), [
    { file: 'orte/wonsan.mdx', field: 'YAML', line: 9, message: /^Ein Anführungszeichen \("\) wird nicht geschlossen\.$/ },
  ]],
  ['a source address that is no web address (javascript:, file:)', (d) => edit(d, 'quellen/2025-07-lawrow-trifft-kim.mdx', /^(credit: .*)$/m, '$1\nurl: "javascript:alert(1)"'), [
    { file: 'quellen/2025-07-lawrow-trifft-kim.mdx', field: 'url', message: /^muss eine Webadresse sein, die mit http:\/\/ oder https:\/\/ beginnt/ },
  ]],
  ['a bidi override in a name, a control character in a summary (each with its line)', (d) => {
    edit(d, 'personen/kim-jong-un.mdx', /^name: (.*)$/m, 'name: Kim \u202EJong Un');
    edit(d, 'orte/wonsan.mdx', /^summary: (.*)$/m, 'summary: $1\u0001');
  }, [
    { file: 'orte/wonsan.mdx', field: 'Text', line: 4, message: /^Die Zeile enthält U\+0001, ein unsichtbares Steuerzeichen\.$/ },
    { file: 'personen/kim-jong-un.mdx', field: 'Text', line: 2, message: /^Die Zeile enthält U\+202E, ein Steuerzeichen für die Schreibrichtung/ },
  ]],
  ['MDX code in an entity\'s notes', (d) => appendFileSync(path.join(d, 'personen/kim-jong-un.mdx'), '\nSiehe <Karte /> unten.\n'), [
    { file: 'personen/kim-jong-un.mdx', field: 'Text', line: 18, message: /MDX-Code, den die Seite ausführen würde: «<Karte>» ist keine Komponente der Redaktion\./ },
  ]],
  ['an indented line, which the page would set as code', (d) => appendFileSync(path.join(d, 'personen/kim-jong-un.mdx'), '\n    Eingerückte Notiz.\n'), [
    { file: 'personen/kim-jong-un.mdx', field: 'Text', line: 18, message: /^Die Zeile ist eingerückt .*«Eingerückte Notiz\.»\.$/ },
  ]],
  ['a file name that is no id', (d) => cpSync(path.join(d, 'orte/wonsan.mdx'), path.join(d, 'orte/Wonsan Stadt.mdx')), [
    { file: 'orte/Wonsan Stadt.mdx', field: 'Dateiname', message: /taugt nicht als Kürzel/ },
  ]],
  ['a tab in the YAML indentation, said in German with its line', (d) => edit(d, 'orte/wonsan.mdx', /^  lat: /m, '\tlat: '), [
    { file: 'orte/wonsan.mdx', field: 'YAML', line: 7, message: /mit einem Tabulator eingerückt/ },
  ]],
  ['a backslash YAML does not know in a double-quoted value', (d) => edit(d, 'orte/wonsan.mdx', /^  source: "GeoNames/m, '  source: "C:\\q GeoNames'), [
    { file: 'orte/wonsan.mdx', field: 'YAML', message: /Rückstrich/ },
  ]],
  ['a broken file and a graph error in one round; references to the broken entry are not reported again', (d) => {
    edit(d, 'orte/wonsan.mdx', /^name: .*$/m, 'name: [Wonsan');
    edit(d, 'personen/sergej-lawrow.mdx', /#p\d/, '#p9');
  }, [
    { file: 'orte/wonsan.mdx', field: 'YAML', line: 3, message: /eckigen Klammern fehlt ein Komma/ },
    { file: 'personen/sergej-lawrow.mdx', field: 'cite[0]', line: 6, message: /hat nur 6 Absätze/ },
  ]],
  ['a broken statement whose id is also a person\'s does not hide a real problem elsewhere', (d) => {
    writeFileSync(path.join(d, 'aussagen/kim-jong-un.yaml'), 'kind: [zitat\n');
    edit(d, 'ereignisse/lawrow-besucht-nordkorea.mdx', /^place: .*$/m, 'place: kim-jong-un');
  }, [
    { file: 'aussagen/kim-jong-un.yaml', field: 'YAML', message: /.+/ },
    { file: 'ereignisse/lawrow-besucht-nordkorea.mdx', field: 'place', message: /«kim-jong-un» ist eine Person/ },
  ]],
  ['a broken briefing is one problem, not also «Übersicht fehlt»', (d) => edit(d, 'dossier.yaml', /^title: (.*)$/m, 'title: "$1'), [
    { file: 'dossier.yaml', field: 'YAML', message: /.+/ },
  ]],
  ['an unquoted day, which YAML reads as a date, where text is expected', (d) => edit(d, 'ereignisse/lawrow-besucht-nordkorea.mdx', /^dateNote: .*$/m, 'dateNote: 2025-07-12'), [
    { file: 'ereignisse/lawrow-besucht-nordkorea.mdx', field: 'dateNote', line: 5, message: /^muss Text sein\.$/ },
  ]],
  ['what Astro builds passes: a byte-order mark, Markdown prose with < and {, a hidden editor file', (d) => {
    edit(d, 'orte/wonsan.mdx', /^/, '\uFEFF');
    writeFileSync(path.join(d, 'personen/erika-muster.md'), '---\nname: Erika Muster\naliases: []\nsummary: Erika Muster ist eine Testperson.\ncite: ["2025-07-lawrow-trifft-kim#p1"]\nadded: "2025-07-20"\n---\n\nWeniger als <5 % der {Stimmen}.\n');
    symlinkSync(path.join(d, 'personen/gibt-es-nicht.mdx'), path.join(d, 'personen/.#kim-jong-un.mdx'));
  }, []],
];

describe('checkContent', () => {
  test.each(cases)('%s', (_name, breakIt, expected) => {
    const dir = contentWith(breakIt);
    const found = checkContent(dir).map((p) => ({ file: path.relative(dir, path.resolve(p.file)), field: p.field, line: p.line, message: p.message, hint: p.hint }));
    expect(found.map(({ file, field }) => ({ file, field }))).toEqual(expected.map(({ file, field }) => ({ file, field })));
    found.forEach((problem, i) => {
      expect(problem.message).toMatch(expected[i]!.message);
      if (expected[i]!.line !== undefined) expect(problem.line).toBe(expected[i]!.line);
      expect(problem.hint.length).toBeGreaterThan(20);
    });
  });
});

describe('what a failed build says about the output folder', () => {
  test.each([
    ['no output folder yet', false, undefined, /enthält noch keinen Build/],
    ['a previous build of a known edition', true, 'Ausgabe 3 vom 14. Juli 2025', /enthält weiterhin den vorherigen Build \(Ausgabe 3 vom 14. Juli 2025\), unverändert\./],
    ['a previous build of unknown edition', true, undefined, /enthält weiterhin den vorherigen Build, unverändert\./],
  ])('%s', (_name, exists, edition, expected) => {
    const work = mkdtempSync(path.join(tmpdir(), 'note-'));
    const outDir = path.join(work, 'dist');
    if (exists) mkdirSync(outDir);
    if (edition) {
      mkdirSync(path.join(work, 'cache', 'dossier'), { recursive: true });
      writeFileSync(path.join(work, 'cache', 'dossier', 'last-good-build.json'), JSON.stringify({ outDir, edition }));
    }
    expect(previousBuildNote(outDir, path.join(work, 'cache'))).toMatch(expected);
  });
});
