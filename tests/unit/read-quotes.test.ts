import { describe, expect, test } from 'vitest';
import { readQuotes } from '../../src/ingest/read-quotes.ts';
import { quotedSpans } from '../../src/ingest/quote-spans.ts';
import { nameResolver } from '../../src/ingest/name-resolver.ts';
import { MentionMatcher, type MentionTarget } from '../../src/mentions/mention-matcher.ts';

const TARGETS: MentionTarget[] = [
  { id: 'sergej-lawrow', name: 'Sergej Lawrow', aliases: ['Lawrow'] },
  { id: 'russisches-aussenministerium', name: 'Russisches Aussenministerium', aliases: ['russischen Aussenministeriums'] },
  { id: 'tass', name: 'Tass', aliases: [] },
  { id: 'russland', name: 'Russland', aliases: [], adjective: 'russisch' },
  { id: 'nordkorea', name: 'Nordkorea', aliases: [] },
];
const matcher = new MentionMatcher(TARGETS);
const names = new Map(TARGETS.map((t) => [t.id, t.name]));

/** Each quote of an article as «text» – speaker [via channel]. */
function read(...paragraphs: string[]): string[] {
  return readQuotes(paragraphs, nameResolver(paragraphs, matcher, names))
    .flat()
    .map((q) => `«${q.text}» – ${q.speaker ? q.speaker.id ?? q.speaker.name : 'niemand'}${q.channel ? ` via ${q.channel.id ?? q.channel.name}` : ''}`);
}

describe('speaker and channel from the reporting frame', () => {
  test.each([
    ['verb after the quote', ['«Wir sind Freunde», sagte Lawrow.'], ['«Wir sind Freunde» – sergej-lawrow']],
    ['«so X»', ['«Wir sind Freunde», so Lawrow.'], ['«Wir sind Freunde» – sergej-lawrow']],
    ['verb before, with a colon', ['Dazu sagte Lawrow: «Wir sind Freunde.»'], ['«Wir sind Freunde.» – sergej-lawrow']],
    ['subject before the verb, indirect speech', ['Lawrow erklärte, man werde «alles Nötige» tun.'], ['«alles Nötige» – sergej-lawrow']],
    ['an institution\'s statement', ['Die Soldaten hätten «heroisch» gekämpft, hiess es in einer Erklärung des russischen Aussenministeriums.'], ['«heroisch» – russisches-aussenministerium']],
    ['a new institution, named in the nominative', ['«Wir sind bereit», hiess es in einer Erklärung des südkoreanischen Verteidigungsministeriums.'], ['«Wir sind bereit» – Südkoreanisches Verteidigungsministerium']],
    ['a channel', ['Nordkorea werde «selbst bestimmen», sagte Lawrow nach Angaben der Nachrichtenagentur Tass.'], ['«selbst bestimmen» – sergej-lawrow via tass']],
    ['«laut X»', ['«Es bleibt dabei», sagte der Sprecher Dmitri Peskow laut Tass.'], ['«Es bleibt dabei» – Dmitri Peskow via tass']],
    ['a new person with a title', ['Regierungssprecherin Anna Muster sagte: «Wir prüfen das.»'], ['«Wir prüfen das.» – Anna Muster']],
    ['a role named before', ['Regierungschef Han Duck Soo besuchte die Front.', '«Wir bleiben wachsam», sagte der Regierungschef.'], ['«Wir bleiben wachsam» – Han Duck Soo']],
    ['a pronoun', ['«Erstens», sagte Lawrow. Es folgte eine Pause.', 'Dann sagte er: «Zweitens.»'], ['«Erstens» – sergej-lawrow', '«Zweitens.» – sergej-lawrow']],
    ['the next sentence carries the speaker', ['«Wir sind bereit», sagte Lawrow. «Wir werden handeln.»'], ['«Wir sind bereit» – sergej-lawrow', '«Wir werden handeln.» – sergej-lawrow']],
    ['across a sentence boundary inside the quote', ['«Wir sind bereit. Wir werden handeln», sagte Lawrow.'], ['«Wir sind bereit. Wir werden handeln» – sergej-lawrow']],
    ['a nested quote stays inside', ['«Das nennen wir ‹Partnerschaft›», sagte Lawrow.'], ['«Das nennen wir ‹Partnerschaft›» – sergej-lawrow']],
    ['no speaker named: says so', ['Beide schlossen ein Abkommen über eine «umfassende strategische Partnerschaft».'], ['«umfassende strategische Partnerschaft» – niemand']],
    ['an adjective is not the speaker when a name follows', ['«Alles unter Kontrolle», sagte der russische General Igor Sacharow.'], ['«Alles unter Kontrolle» – Igor Sacharow']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(...paragraphs)).toEqual(expected);
  });
});

describe('what is a quoted passage', () => {
  test('quoted names of papers and ships are not passages, but their frames read them', () => {
    expect(read('«Ein Meilenstein», berichtete die Zeitung «Rodong Sinmun».', 'Das Kriegsschiff «Admiral Tribuz» lief ein.')).toEqual(['«Ein Meilenstein» – Rodong Sinmun']);
  });

  test.each([
    'Das sagte er der «Bild»-Zeitung.',
    'Wie die «New York Times» berichtete, sei alles ruhig.',
    'Die Organisation «Ärzte ohne Grenzen» half.',
    'Die sogenannte «Koalition der Willigen» tagte.',
    'Das Abkommen «Minsk II» gilt nicht mehr.',
  ])('a quoted name is no passage: %s', (paragraph) => {
    expect(read(paragraph)).toEqual([]);
  });

  test.each([
    ['«Ein Meilenstein», sagte er.', ['«Ein Meilenstein» – –']],
    ['Er sprach von «Völkermord».', ['«Völkermord» – –']],
  ])('words of speech stay passages, also capitalised: %s', (paragraph, expected) => {
    expect(read(paragraph).map((r) => r.replace(/ – .*$/u, ' – –'))).toEqual(expected);
  });

  test.each([
    ['«a» und „b“ und “c” und "d" und ‹e›', ['a', 'b', 'c', 'd', 'e']],
    ['«aussen ‹innen› aussen»', ['aussen ‹innen› aussen']],
    ['ein unvollständiges «Zitat', []],
    ['O"Brien hat kein Zitat', []],
  ])('%s', (text, expected) => {
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

test('an institution\'s statement keeps its form as the text names it', () => {
  const paragraphs = ['Die Soldaten hätten «heroisch» gekämpft, hiess es in einer Erklärung des russischen Aussenministeriums.'];
  const [reading] = readQuotes(paragraphs, nameResolver(paragraphs, matcher, names)).flat();
  expect(reading).toMatchObject({ form: 'in einer Erklärung', speaker: { id: 'russisches-aussenministerium' } });
});
