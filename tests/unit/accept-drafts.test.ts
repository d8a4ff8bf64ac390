/**
 * Drafts from ingest to publication: ingest writes a draft per quote and dated event, and an
 * entry draft per new speaker; accept publishes complete drafts with the entries they need,
 * keeps incomplete ones with what they lack, and writes nothing when the new files would not
 * pass the build's content check; reject removes drafts and nothing else. Each test works on
 * its own copy of content/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { acceptDrafts } from '../../src/ingest/accept-drafts.ts';
import { rejectDrafts } from '../../src/ingest/reject-drafts.ts';
import { ingestArticle } from '../../src/ingest/ingest-article.ts';
import { readDrafts } from '../../src/ingest/drafts.ts';
import { draftFiles } from '../../src/ingest/make-drafts.ts';
import { checkContent } from '../../src/content-check/check-content.ts';

const ARTICLE = readFileSync(path.resolve('tests/fixtures/ingest/09-tourismus-wonsan.txt'));
let contentDir: string;
let source: string;

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
const draftsOf = () => readDrafts(contentDir, source).drafts;

// Each test's copy goes when the test ends (a run left several hundred otherwise).
afterEach(() => rmSync(path.dirname(contentDir), { recursive: true, force: true }));

beforeEach(() => {
  contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'accept-')), 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  source = ingestArticle(ARTICLE, '09-tourismus-wonsan.txt', { contentDir }).id;
});

describe('ingest writes drafts', () => {
  test('one per quote and per dated event, each citing its paragraph, quotes verbatim', () => {
    const drafts = draftsOf();
    const quotes = drafts.filter((d) => d.entwurf.art === 'aussage');
    expect(quotes.length).toBe(4);
    expect(drafts.some((d) => d.entwurf.art === 'ereignis')).toBe(true);
    const body = readFileSync(path.join(contentDir, 'quellen', `${source}.mdx`), 'utf8');
    for (const draft of quotes) {
      expect(draft.daten.cite).toBe(`${source}#p${draft.entwurf.absatz}`);
      expect(body).toContain(String(draft.daten.quote));
    }
    // Events carry their date as the README writes dates, and a note quoting the expression.
    const event = readFileSync(path.join(contentDir, drafts.find((d) => d.entwurf.art === 'ereignis')!.file), 'utf8');
    expect(event).toMatch(/^ {2}date: "\d{4}(-\d{2})?"$/m);
    // The note names the source, never «der Artikel», which several sources make ambiguous.
    expect(event).toMatch(/dateNote: Die Meldung von Keystone-SDA\/AFP vom .* schreibt «/);
  });

  test.each([
    [{ name: 'Sacharowa', person: true }, 'personen/sacharowa.mdx'],
    [{ name: 'Maria Sacharowa' }, 'personen/maria-sacharowa.mdx'],
    [{ name: 'Yonhap' }, 'organisationen/yonhap.mdx'],
    [{ name: 'Südkoreanisches Verteidigungsministerium', person: false }, 'organisationen/suedkoreanisches-verteidigungsministerium.mdx'],
  ])('a new speaker %j is drafted as %s', (speaker, target) => {
    const facts = { quotes: [{ text: 'Wir sind bereit', paragraph: 1, speaker, channel: null, state: 'sicher' as const, check: [], why: '' }], dates: [], events: [], entities: { known: [], candidates: [] } };
    const { drafts } = draftFiles(facts, 'quelle', 'Titel', '2025-07', () => false);
    expect(drafts.find((d) => d.entwurf.art === 'eintrag')!.entwurf.ziel).toBe(target);
  });

  test('nothing in the published build: the drafts folder belongs to no collection', () => {
    expect(checkContent(contentDir)).toEqual([]);
  });
});

describe('accept', () => {
  test('--source publishes every sure draft with the entries they need, and keeps each «pruefen» draft with what to check', () => {
    const before = draftsOf();
    const toCheck = before.filter((d) => d.entwurf.zustand === 'pruefen').map((d) => d.file).sort();
    expect(toCheck.length).toBeGreaterThan(0);
    const outcome = acceptDrafts(contentDir, { source });
    expect(outcome.errors).toEqual([]);
    expect(outcome.published.length).toBeGreaterThan(0);
    // What stays is to be checked, or a sure draft that needs one that is (a quote linked to its event).
    expect(outcome.kept.map((k) => k.draft)).toEqual(expect.arrayContaining(toCheck));
    for (const { draft, reasons } of outcome.kept) expect(reasons.join(' ')).toContain(toCheck.includes(draft) ? 'zu prüfen' : 'braucht den Entwurf');
    for (const { target } of outcome.published) expect(existsSync(path.join(contentDir, target))).toBe(true);
    expect(checkContent(contentDir)).toEqual([]);
  });

  test('--bestaetigen publishes the checked drafts too; one that lacks a speaker stays with what it lacks', () => {
    const outcome = acceptDrafts(contentDir, { source, confirm: true });
    expect(outcome.errors).toEqual([]);
    expect(outcome.published.length).toBeGreaterThan(4);
    // «umfassende strategische Partnerschaft» names no speaker: it stays a draft.
    expect(outcome.kept).toHaveLength(1);
    expect(outcome.kept[0]!.reasons.join(' ')).toContain('speaker');
    expect(draftsOf().map((d) => d.daten.quote)).toEqual(['umfassende strategische Partnerschaft']);
    // What was published passes the build's own check.
    expect(checkContent(contentDir)).toEqual([]);
  });

  test('a draft completed by the editor is published then', () => {
    acceptDrafts(contentDir, { source, confirm: true });
    const [draft] = draftsOf();
    const file = path.join(contentDir, draft!.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('  kind: zitat\n', '  kind: zitat\n  speaker: russisches-aussenministerium\n'));
    const outcome = acceptDrafts(contentDir, { files: [file], confirm: true });
    expect(outcome.published.map((p) => p.target)).toEqual([draft!.entwurf.ziel]);
    expect(existsSync(path.join(contentDir, 'entwuerfe', source))).toBe(false);
    expect(checkContent(contentDir)).toEqual([]);
  });

  test('a reference to nothing keeps the draft and writes nothing for it', () => {
    const draft = draftsOf().find((d) => d.entwurf.art === 'aussage' && d.daten.speaker && d.entwurf.zustand === 'sicher')!;
    const file = path.join(contentDir, draft.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/speaker: .*/u, 'speaker: niemand-bekannt'));
    const before = listing(contentDir);
    const outcome = acceptDrafts(contentDir, { files: [file] });
    expect(outcome.published).toEqual([]);
    expect(outcome.kept[0]!.reasons.join(' ')).toContain('«niemand-bekannt»');
    expect(listing(contentDir)).toEqual(before);
  });

  test('a draft whose target exists stays', () => {
    const draft = draftsOf().find((d) => d.entwurf.art === 'aussage' && d.daten.speaker && d.entwurf.zustand === 'sicher')!;
    writeFileSync(path.join(contentDir, draft.entwurf.ziel), 'kind: zitat\n');
    const outcome = acceptDrafts(contentDir, { files: [path.join(contentDir, draft.file)] });
    expect(outcome.kept[0]!.reasons.join(' ')).toContain('schon vergeben');
  });

  test('an id that another kind of entry already has is refused before anything is written', () => {
    // An entry draft retargeted to the id of an existing place: the pages would clash.
    const draft = draftsOf().find((d) => d.entwurf.art === 'ereignis')!;
    const file = path.join(contentDir, draft.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/ziel: .*/u, 'ziel: ereignisse/wonsan.mdx'));
    const before = listing(contentDir);
    const outcome = acceptDrafts(contentDir, { files: [file] });
    expect(outcome.published).toEqual([]);
    expect(outcome.kept[0]!.reasons.join(' ')).toContain('«wonsan»');
    expect(listing(contentDir)).toEqual(before);
  });

  test.each(['../../ausserhalb.yaml', 'aussagen/../../x.yaml', 'quellen/x.mdx', 'aussagen/Gross.yaml'])('a target outside the draft kind\'s folder is refused: %s', (target) => {
    const draft = draftsOf().find((d) => d.entwurf.art === 'aussage' && d.daten.speaker && d.entwurf.zustand === 'sicher')!;
    const file = path.join(contentDir, draft.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/ziel: .*/u, `ziel: ${target}`));
    const before = listing(path.dirname(contentDir));
    const outcome = acceptDrafts(contentDir, { files: [file] });
    expect(outcome.published).toEqual([]);
    expect(outcome.kept[0]!.reasons.join(' ')).toContain('entwurf.ziel');
    expect(listing(path.dirname(contentDir))).toEqual(before);
  });

  test('a path is read from the folder the editor typed it in', () => {
    const draft = draftsOf().find((d) => d.entwurf.art === 'aussage' && d.daten.speaker && d.entwurf.zustand === 'sicher')!;
    const outcome = acceptDrafts(contentDir, { files: [draft.file.split('/').slice(1).join('/')], cwd: path.join(contentDir, 'entwuerfe'), confirm: true });
    expect(outcome.errors).toEqual([]);
    expect(outcome.published.map((p) => p.draft)).toContain(draft.file);
  });

  test('new files that fail the content check are all removed again: nothing half done', () => {
    // A sure quote whose words do not make its file name (editing the quote must not move the target).
    const draft = draftsOf().find((d) => d.entwurf.art === 'aussage' && String(d.daten.quote).startsWith('Ich werde'))!;
    const file = path.join(contentDir, draft.file);
    const data = parseYaml(readFileSync(file, 'utf8')) as { daten: { quote: string } };
    // An editor's slip: the quote no longer stands in the paragraph.
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(data.daten.quote, `${data.daten.quote} und mehr`));
    const before = listing(contentDir);
    const outcome = acceptDrafts(contentDir, { source });
    expect(outcome.published).toEqual([]);
    expect(outcome.errors.join('\n')).toContain('nicht wörtlich');
    expect(listing(contentDir)).toEqual(before);
  });

  test('a file outside the drafts folder is refused', () => {
    const outcome = acceptDrafts(contentDir, { files: [path.join(contentDir, 'aussagen', 'heroisch.yaml')] });
    expect(outcome.errors[0]).toContain('kein Entwurf');
  });
});

describe('reject', () => {
  test('a rejected entry draft is noted, and its name is not drafted again by the next article', () => {
    // Self-written articles that name a place and report nothing that would need its entry.
    const article = (day: string, text: string) => ingestArticle(Buffer.from(` date 2025-09 Wetter im Fernen Osten\n\n${text} (sda)\n`), `wetter-${day}.txt`, { contentDir });
    const first = article('1', 'Das Wetter in Wladiwostok blieb am Montag kühl und trocken.');
    const entry = readDrafts(contentDir, first.id).drafts.find((d) => d.entwurf.art === 'eintrag' && d.entwurf.markiert === 'Wladiwostok')!;
    expect(rejectDrafts(contentDir, { files: [path.join(contentDir, entry.file)] }).errors).toEqual([]);
    const noted = readFileSync(path.join(contentDir, 'entwuerfe', 'verworfen.yaml'), 'utf8');
    expect(noted).toContain('name: Wladiwostok');
    expect(noted).toContain('ordner: orte');
    const next = article('2', 'Auch am Dienstag blieb es in Wladiwostok kühl, der Hafen arbeitete normal.');
    expect(next.candidates.map((c) => c.name)).toContain('Wladiwostok');
    expect(next.rejectedNames).toEqual(['Wladiwostok']);
    expect(readDrafts(contentDir, next.id).drafts.filter((d) => d.entwurf.markiert === 'Wladiwostok')).toEqual([]);
    // The note is no draft: the drafts of every source still read.
    expect(readDrafts(contentDir).problems).toEqual([]);
  });

  test('removes a draft that no longer reads, which accept cannot', () => {
    const [first] = draftsOf();
    const file = path.join(contentDir, first!.file);
    writeFileSync(file, 'entwurf: [kaputt\n');
    expect(acceptDrafts(contentDir, { files: [file] }).errors[0]).toContain('lässt sich nicht lesen');
    // By --source the others go ahead; the broken one is listed.
    const outcome = acceptDrafts(contentDir, { source });
    expect(outcome.kept.map((k) => k.draft)).toContain(first!.file);
    expect(rejectDrafts(contentDir, { files: [file, file] }).removed).toEqual([first!.file]);
    expect(existsSync(file)).toBe(false);
  });

  test('removes the drafts given and nothing else', () => {
    const [first, second] = draftsOf();
    const before = listing(contentDir);
    const outcome = rejectDrafts(contentDir, { files: [path.join(contentDir, first!.file)] });
    expect(outcome.removed).toEqual([first!.file]);
    expect(listing(contentDir)).toEqual(before.filter((f) => f !== path.join(...first!.file.split('/'))));
    expect(existsSync(path.join(contentDir, second!.file))).toBe(true);
  });

  test.each([['..'], ['../aussagen'], ['../../../x'], ['.'], ['']])('--source «%s» is no source: refused, nothing touched (accept and reject)', (given) => {
    const before = listing(contentDir);
    const rejected = rejectDrafts(contentDir, { source: given });
    expect(rejected.removed).toEqual([]);
    expect(rejected.errors[0]).toContain('keine Kennung einer Quelle');
    expect(acceptDrafts(contentDir, { source: given }).errors[0]).toContain('keine Kennung einer Quelle');
    expect(listing(contentDir)).toEqual(before);
  });

  test('a draft folder or draft that is a symbolic link out of the drafts folder is refused, and what it points at stays', () => {
    const outside = path.join(path.dirname(contentDir), 'draussen');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'wichtig.yaml'), 'bleibt: ja\n');
    symlinkSync(outside, path.join(contentDir, 'entwuerfe', 'verknuepft'));
    expect(rejectDrafts(contentDir, { source: 'verknuepft' }).errors[0]).toContain('führt aus');
    expect(acceptDrafts(contentDir, { source: 'verknuepft' }).errors[0]).toContain('führt aus');
    const link = path.join(contentDir, 'entwuerfe', source, 'verknuepft.yaml');
    symlinkSync(path.join(outside, 'wichtig.yaml'), link);
    expect(rejectDrafts(contentDir, { files: [link] }).errors[0]).toContain('führt aus');
    expect(readFileSync(path.join(outside, 'wichtig.yaml'), 'utf8')).toBe('bleibt: ja\n');
  });
});

describe('another source on an event already in the dossier', () => {
  const SAME = readFileSync(path.resolve('tests/fixtures/articles/same-event-dpa.txt'));
  let second: string;

  beforeEach(() => {
    second = ingestArticle(SAME, 'same-event-dpa.txt', { contentDir }).id;
  });

  test('ingest proposes an account on the existing event, not a second event', () => {
    const drafts = readDrafts(contentDir, second).drafts;
    expect(drafts.filter((d) => d.entwurf.art === 'ereignis')).toEqual([]);
    const account = drafts.find((d) => d.entwurf.art === 'bericht')!;
    expect(account.entwurf.ziel).toBe('ereignisse/lawrow-besucht-nordkorea.mdx');
    expect(account.daten.cite).toEqual([`${second}#p1`]);
  });

  test('«mehr als 10\'000 Soldaten» against the known «tausende Soldaten» drafts a report that disagrees, to be checked', () => {
    const account = readDrafts(contentDir, second).drafts.find((d) => d.entwurf.art === 'bericht' && d.entwurf.ziel === 'ereignisse/nordkorea-schickt-soldaten-nach-kursk.mdx')!;
    expect(account.daten.abweichend).toBe(true);
    expect(account.entwurf.zustand).toBe('pruefen');
    expect(account.entwurf.pruefen!.join(' ')).toContain('Abweichung');
  });

  test('accepted, the event cites both sources and changed today', () => {
    const outcome = acceptDrafts(contentDir, { source: second });
    expect(outcome.errors).toEqual([]);
    const event = readFileSync(path.join(contentDir, 'ereignisse/lawrow-besucht-nordkorea.mdx'), 'utf8');
    expect(event).toContain(`- ${second}#p1`);
    expect(event).toContain('- 2025-07-lawrow-trifft-kim#p1');
    expect(event).toMatch(/^updated: "\d{4}-\d{2}-\d{2}"$/m);
    expect(checkContent(contentDir)).toEqual([]);
  });

  test('marked as disagreeing, both accounts stand side by side, each with its source', () => {
    const account = readDrafts(contentDir, second).drafts.find((d) => d.entwurf.art === 'bericht')!;
    const file = path.join(contentDir, account.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('abweichend: false', 'abweichend: true'));
    expect(acceptDrafts(contentDir, { source: second }).errors).toEqual([]);
    const event = parseYaml(readFileSync(path.join(contentDir, 'ereignisse/lawrow-besucht-nordkorea.mdx'), 'utf8').split('---')[1]!) as { accounts: { cite: string[] }[] };
    expect(event.accounts.map((a) => a.cite[0]!.split('#')[0])).toEqual(['2025-07-lawrow-trifft-kim', second]);
    expect(checkContent(contentDir)).toEqual([]);
  });
});

describe('a second article on an event that is still a draft', () => {
  // Two self-written reports on one visit, from two agencies.
  const FIRST = Buffer.from(' date 2025-09 Aussenministerin besucht Bern\n\nBERN (sda) - Die finnische Aussenministerin Aino Beispiel ist am Montag zu einem Besuch in Bern eingetroffen. Sie traf dort Vertreter der Regierung.\n');
  const SECOND = Buffer.from(' date 2025-09 Finnische Ministerin in der Schweiz\n\nBERN (dpa) - Die finnische Aussenministerin Aino Beispiel hat am Montag Bern besucht. Es war ihr erster Besuch in der Schweiz.\n');

  test('reports on the pending event draft; accepted, the report publishes that event with both sources', () => {
    const first = ingestArticle(FIRST, 'erste.txt', { contentDir }).id;
    const event = readDrafts(contentDir, first).drafts.find((d) => d.entwurf.art === 'ereignis')!;
    const second = ingestArticle(SECOND, 'zweite.txt', { contentDir }).id;
    const drafts = readDrafts(contentDir, second).drafts;
    expect(drafts.filter((d) => d.entwurf.art === 'ereignis')).toEqual([]);
    const report = drafts.find((d) => d.entwurf.art === 'bericht')!;
    expect(report.entwurf.ziel).toBe(event.entwurf.ziel);
    expect(report.entwurf.pruefen!.join(' ')).toContain('noch ein Entwurf');

    const outcome = acceptDrafts(contentDir, { source: second, confirm: true });
    expect(outcome.errors).toEqual([]);
    expect(outcome.published.map((p) => p.draft)).toEqual(expect.arrayContaining([event.file, report.file]));
    const published = readFileSync(path.join(contentDir, event.entwurf.ziel), 'utf8');
    expect(published).toContain(`${first}#p1`);
    expect(published).toContain(`${second}#p1`);
    expect(checkContent(contentDir)).toEqual([]);
  });
});

describe('what accept still refuses and what it takes along', () => {
  test('an entry whose summary is still the placeholder stays, even confirmed, with what to write', () => {
    const article = Buffer.from(' date 2025-09 Treffen am See\n\nBERN (sda) - Am Montag trafen sich die Delegationen am Beispielsee.\n');
    const id = ingestArticle(article, 'see.txt', { contentDir }).id;
    const entry = readDrafts(contentDir, id).drafts.find((d) => d.entwurf.ziel === 'orte/beispielsee.mdx')!;
    expect(String(entry.daten.summary)).toMatch(/wird in der Quelle .* genannt\.$/u);
    const outcome = acceptDrafts(contentDir, { files: [path.join(contentDir, entry.file)], confirm: true });
    expect(outcome.published).toEqual([]);
    expect(outcome.kept[0]!.reasons.join(' ')).toContain('Platzhalter');
  });

  test('a quote said in the paragraph of an event drafted from the same article is linked to it and publishes it along', () => {
    const article = Buffer.from(' date 2025-09 Gipfel in Genf\n\nGENF (sda) - Präsident Max Beispiel hat am Montag in Genf Präsident Jan Muster getroffen. «Das war ein gutes Gespräch», sagte Beispiel.\n');
    const id = ingestArticle(article, 'gipfel.txt', { contentDir }).id;
    const drafts = readDrafts(contentDir, id).drafts;
    const event = drafts.find((d) => d.entwurf.art === 'ereignis')!;
    const quote = drafts.find((d) => d.entwurf.art === 'aussage')!;
    expect(quote.daten.event).toBe(event.entwurf.ziel.replace(/^.*\//u, '').replace(/\.mdx$/u, ''));
    const file = path.join(contentDir, quote.file);
    const outcome = acceptDrafts(contentDir, { files: [file], confirm: true });
    expect(outcome.errors).toEqual([]);
    expect(outcome.published.map((p) => p.draft)).toEqual(expect.arrayContaining([quote.file, event.file]));
    expect(checkContent(contentDir)).toEqual([]);
  });
});
