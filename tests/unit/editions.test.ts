import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { assembleGraph } from '../../src/graph/assemble-graph.ts';
import { contentWarnings, sourcesAfterBriefing } from '../../src/content-check/content-warnings.ts';
import { changeDay } from '../../src/schemas/fields.ts';
import { currentEdition, editionLabel, editionPages, editionPath, editions, EDITIONS_PER_PAGE, editionZipName, formatDay } from '../../src/view/editions.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';
import type { DossierInput } from '../../src/graph/types.ts';

/** The mini dossier with a second source a week later, and an entry changed that day. */
function grown(): DossierInput {
  const input = miniDossier();
  const first = input.source[0]!;
  input.source.push({ ...first, id: 'nachtrag', filePath: 'content/quellen/nachtrag.mdx', data: { ...first.data, title: 'Nachtrag', added: '2025-03-27' } });
  input.person[0]!.data.updated = '2025-03-27';
  return input;
}

describe('editions', () => {
  test('one edition per day the dossier changed, numbered from the first, with what came and what changed', () => {
    const dossier = assembleGraph(grown());
    const list = editions(dossier);
    expect(list.map((e) => [e.number, e.day])).toEqual([[1, '2025-03-20'], [2, '2025-03-27']]);
    expect(list[1]!.added.map((n) => n.id)).toEqual(['nachtrag']);
    expect(list[1]!.changed.map((n) => n.id)).toEqual(['anna-muster']);
    expect(list[0]!.added.map((n) => n.id)).toContain('anna-muster');
    expect(editionLabel(currentEdition(dossier)!)).toBe('Ausgabe 2 vom 27. März 2025');
    expect(editionZipName(currentEdition(dossier))).toBe('briefing-dossier-ausgabe-2-2025-03-27.zip');
  });

  test('/ausgaben/ is cut into fixed pages of EDITIONS_PER_PAGE editions, the newest at /ausgaben/, and an edition links to its page', () => {
    expect(EDITIONS_PER_PAGE).toBe(20);
    const input = grown();
    // 45 editions: one more source each day from April on.
    for (let i = 0; i < 43; i++) {
      const first = input.source[0]!;
      const day = new Date(Date.UTC(2025, 3, 1 + i)).toISOString().slice(0, 10);
      input.source.push({ ...first, id: `meldung-${i}`, filePath: `content/quellen/meldung-${i}.mdx`, data: { ...first.data, added: day } });
    }
    const dossier = assembleGraph(input);
    const list = editions(dossier);
    expect(list).toHaveLength(45);
    expect(editionPages(dossier).map((p) => [p.path, p.editions[0]!.number, p.editions.at(-1)!.number])).toEqual([
      ['ausgaben/1/', 1, 20],
      ['ausgaben/2/', 21, 40],
      ['ausgaben/', 41, 45],
    ]);
    expect(editionPath(dossier, list.at(-1)!)).toBe('ausgaben/#ausgabe-45');
    expect(editionPath(dossier, list[39]!)).toBe('ausgaben/2/#ausgabe-40');
    expect(editionPath(dossier, list[0]!)).toBe('ausgaben/1/#ausgabe-1');
  });

  test('two imports on one day are one edition', () => {
    const input = grown();
    input.source[1]!.data.added = '2025-03-20';
    input.person[0]!.data.updated = undefined;
    expect(editions(assembleGraph(input)).map((e) => e.number)).toEqual([1]);
  });

  test.each([
    ['2025-12-03', '3. Dezember 2025'],
    ['2024-01-31', '31. Januar 2024'],
  ])('%s is shown as %s', (day, shown) => {
    expect(formatDay(day)).toBe(shown);
  });

  test.each([
    ['2025-07-14', true],
    ['2025-02-30', false],
    ['2025-07', false],
    ['14.07.2025', false],
  ])('the change day %s is valid: %s', (day, valid) => {
    expect(changeDay.safeParse(day).success).toBe(valid);
  });
});

describe('warnings', () => {
  test('a briefing older than the newest source is named, with the sources it may not cover', () => {
    const input = grown();
    const dossier = assembleGraph(input);
    expect(sourcesAfterBriefing(dossier).map((s) => s.id)).toEqual(['nachtrag']);
    const [warning] = contentWarnings(input, dossier);
    expect(warning).toMatchObject({ file: 'content/dossier.yaml', field: 'updated' });
    expect(warning!.message).toContain('«Nachtrag» (27. März 2025)');
  });

  test('with several sources, prose that says «der Artikel» is named by file and line; a treaty\'s «Artikel 4» is not', () => {
    const input = grown();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'artikel-')), 'eintrag.mdx');
    writeFileSync(file, '---\nsummary: Der Artikel nennt ihn.\n---\nNach Artikel 4 des Vertrags gilt das.\n');
    const entry = [...input.person, ...input.event][0]!;
    entry.filePath = file;
    const ambiguous = contentWarnings(input, assembleGraph(input)).filter((w) => w.field === 'Text');
    expect(ambiguous).toEqual([expect.objectContaining({ file, line: 2, message: expect.stringContaining('«Der Artikel» ist mehrdeutig') })]);
  });

  test('a briefing brought up to date is quiet', () => {
    const input = grown();
    input.briefing[0]!.data.updated = '2025-03-27';
    expect(sourcesAfterBriefing(assembleGraph(input))).toEqual([]);
  });
});
