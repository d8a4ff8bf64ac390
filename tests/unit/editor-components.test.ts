/**
 * The editors' components in a body (src/model/editor-components.ts), as the content check
 * reads them (src/content-check/body-issues.ts): allowed in notes, on a line of their own, with
 * their attributes as text; refused in a source, unknown, inline, with a missing, unknown or
 * computed attribute, with or without text as they require, and in a `.md` file. Each problem
 * names the file's line.
 */
import { describe, expect, test } from 'vitest';
import { markdownBodyIssues, mdxBodyIssues } from '../../src/content-check/body-issues.ts';
import { componentUses } from '../../src/markdown/component-uses.ts';

const FILE = 'content/personen/anna-muster.mdx';
/** The body starts on line 11 of the file. */
const OFFSET = 10;

/** The images folder holds one file. */
const imageExists = (name: string) => name === 'hafen.jpg';
const messages = (body: string, components = true) => mdxBodyIssues(FILE, body, OFFSET, components, imageExists).map((i) => [i.line, i.message]);

describe('components in a body', () => {
  test.each([
    ['an assessment and a quote, each on its own line', 'Text.\n\n<Einschaetzung belege="meldung#p1">\nDie Redaktion meint.\n</Einschaetzung>\n\n<Zitat id="offen" />\n', []],
    ['an unknown component', 'Text.\n\n<Karte ort="bern" />\n', [[13, 'Der Text enthält MDX-Code, den die Seite ausführen würde: «<Karte>» ist keine Komponente der Redaktion.']]],
    ['a component inside a sentence', 'Er sagte <Zitat id="offen" /> gestern.\n', [[11, '«<Zitat>» steht mitten im Fliesstext.']]],
    ['a quote without its id', '<Zitat />\n', [[11, '«<Zitat>» fehlt die Angabe «id».']]],
    ['an unknown attribute', '<Zitat id="offen" von="anna" />\n', [[11, '«<Zitat>» kennt die Angabe «von» nicht.']]],
    ['a computed attribute', '<Zitat id={welche} />\n', [[11, '«<Zitat>»: die Angabe «id» ist leer oder kein Text in Anführungszeichen.']]],
    ['an empty attribute', '<Zitat id="" />\n', [[11, '«<Zitat>»: die Angabe «id» ist leer oder kein Text in Anführungszeichen.']]],
    ['an assessment without text', '<Einschaetzung></Einschaetzung>\n', [[11, '«<Einschaetzung>» umschliesst keinen Text.']]],
    ['a quote around text', '<Zitat id="offen">\nDazu.\n</Zitat>\n', [[11, '«<Zitat>» darf keinen Text umschliessen.']]],
    ['an image with caption and credit', '<Abbildung src="hafen.jpg" alt="Der Hafen" quelle="Redaktion">\nDer Hafen.\n</Abbildung>\n', []],
    ['an image that is not in the images folder', '<Abbildung src="fehlt.jpg" alt="x" quelle="y">\nL.\n</Abbildung>\n', [[11, '<Abbildung src="fehlt.jpg">: die Datei gibt es im Ordner bilder/ nicht.']]],
    ['an image from the web', '<Abbildung src="https://example.org/a.jpg" alt="x" quelle="y">\nL.\n</Abbildung>\n', [[11, '<Abbildung src="https://example.org/a.jpg">: kein Dateiname eines Bildes im Ordner bilder/.']]],
    ['an image path out of the folder', '<Abbildung src="../geheim.jpg" alt="x" quelle="y">\nL.\n</Abbildung>\n', [[11, '<Abbildung src="../geheim.jpg">: kein Dateiname eines Bildes im Ordner bilder/.']]],
    ['an image without alt text and credit', '<Abbildung src="hafen.jpg">\nL.\n</Abbildung>\n', [[11, '«<Abbildung>» fehlt die Angabe «alt».'], [11, '«<Abbildung>» fehlt die Angabe «quelle».']]],
    ['an unknown component inside an assessment', '<Einschaetzung>\nSiehe <Karte />.\n</Einschaetzung>\n', [[12, 'Der Text enthält MDX-Code, den die Seite ausführen würde: «<Karte>» ist keine Komponente der Redaktion.']]],
  ])('%s', (_name, body, expected) => {
    expect(messages(body)).toEqual(expected);
  });

  test('a source holds no component: its text is the agency\'s', () => {
    expect(messages('<Zitat id="offen" />\n', false)).toEqual([[11, 'Eine Quelle darf keine Komponenten enthalten; gefunden: «<Zitat>». Ihr Text ist der der Agentur, Wort für Wort.']]);
  });

  test('every problem has a hint naming an example', () => {
    for (const issue of mdxBodyIssues(FILE, '<Zitat />\n\n<Einschaetzung></Einschaetzung>\n', OFFSET, true)) expect(issue.hint).toMatch(/<(Zitat|Einschaetzung)/);
  });

  test('a component in a .md file: rename it to .mdx, the address stays', () => {
    const [issue, ...rest] = markdownBodyIssues('content/personen/anna-muster.md', 'Text.\n\n<Einschaetzung>\nx\n</Einschaetzung>\n', OFFSET);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 13, message: '«<Einschaetzung>» ist eine Komponente; eine .md-Datei zeigt sie als Text.' });
    expect(issue!.hint).toContain('content/personen/anna-muster.mdx');
  });
});

describe('component uses, for the graph and the page', () => {
  test('in document order, with their literal attributes and lines', () => {
    expect(componentUses('Text.\n\n<Einschaetzung belege="a#p1">\nx\n</Einschaetzung>\n\n<Zitat id="offen" />\n')).toEqual([
      { name: 'Einschaetzung', attributes: { belege: 'a#p1' }, line: 3 },
      { name: 'Zitat', attributes: { id: 'offen' }, line: 7 },
    ]);
  });

  test('none in plain prose, none in a body that does not parse', () => {
    expect(componentUses('Nur Text, auch mit 3 < 4.\n')).toEqual([]);
    expect(componentUses('<Zitat id="offen"\n')).toEqual([]);
  });
});
