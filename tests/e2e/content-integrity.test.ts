/**
 * Each inconsistency, introduced into a copy of content/, must stop a real build with a message
 * that names the file, the field and what is wrong, and must leave no output behind.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

function edit(dir: string, file: string, change: (text: string) => string) {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`Die Änderung an ${file} hat nichts bewirkt.`);
  writeFileSync(full, after);
}

const cases: { name: string; breakIt: (dir: string) => void; expected: string[] }[] = [
  {
    name: 'a reference to a missing entry',
    breakIt: (d) => edit(d, 'ereignisse/treffen-lawrow-choe-in-wonsan.mdx', (t) => t.replace('participants: [sergej-lawrow,', 'participants: [sergej-lawrowa,')),
    expected: ['ereignisse/treffen-lawrow-choe-in-wonsan.mdx', 'participants[0]: «sergej-lawrowa» verweist auf keinen Eintrag im Dossier.', 'Gemeint ist vielleicht «sergej-lawrow».'],
  },
  {
    name: 'a citation of a paragraph that does not exist',
    breakIt: (d) => edit(d, 'personen/kim-jong-un.mdx', (t) => t.replace('cite: ["2025-07-lawrow-trifft-kim#p1"]', 'cite: ["2025-07-lawrow-trifft-kim#p9"]')),
    expected: ['personen/kim-jong-un.mdx', 'cite[0]: Beleg «2025-07-lawrow-trifft-kim#p9»: Die Quelle «2025-07-lawrow-trifft-kim» hat nur 6 Absätze.'],
  },
  {
    name: 'two entities sharing a slug',
    breakIt: (d) => cpSync(path.join(d, 'laender/russland.mdx'), path.join(d, 'orte/russland.mdx')),
    expected: ['orte/russland.mdx', 'Das Kürzel «russland» ist schon vergeben', 'laender/russland.mdx'],
  },
  {
    name: 'two entities sharing an alias',
    breakIt: (d) => edit(d, 'personen/kim-jong-un.mdx', (t) => t.replace('aliases: [Kim]', 'aliases: [Kim, Lawrows]')),
    // Entries are checked in a fixed order, so the later one (by id) carries the message.
    expected: ['personen/sergej-lawrow.mdx', 'aliases[1]: «Lawrows» ist schon Name oder Alias von «kim-jong-un»', 'personen/kim-jong-un.mdx'],
  },
  {
    name: 'a malformed date',
    breakIt: (d) => edit(d, 'ereignisse/nordkorea-bestaetigt-truppenentsendung.mdx', (t) => t.replace('date: "2025-04"', 'date: "April 2025"')),
    expected: ['ereignisse/nordkorea-bestaetigt-truppenentsendung.mdx', 'date: «April 2025» ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT'],
  },
  {
    name: 'an impossible date',
    breakIt: (d) => edit(d, 'ereignisse/nordkorea-bestaetigt-truppenentsendung.mdx', (t) => t.replace('date: "2025-04"', 'date: "2025-02-30"')),
    expected: ['ereignisse/nordkorea-bestaetigt-truppenentsendung.mdx', 'date: «2025-02-30»: Tag 30 gibt es in diesem Monat nicht (01 bis 28)'],
  },
  {
    name: 'a required field missing',
    breakIt: (d) => edit(d, 'personen/choe-son-hui.mdx', (t) => t.replace(/^summary: .*\n/m, '')),
    expected: ['personen/choe-son-hui.mdx', 'summary: Pflichtfeld fehlt.'],
  },
  {
    name: 'a quote no longer verbatim in its paragraph',
    breakIt: (d) => edit(d, 'quellen/2025-07-lawrow-trifft-kim.mdx', (t) => t.replace('«heroisch»', '«heldenhaft»')),
    expected: ['aussagen/heroisch.yaml', 'quote: Das Zitat «heroisch» steht nicht wörtlich in 2025-07-lawrow-trifft-kim#p2.'],
  },
  {
    name: 'a file name that is not a slug',
    breakIt: (d) => renameSync(path.join(d, 'personen/choe-son-hui.mdx'), path.join(d, 'personen/Choe Son Hui.mdx')),
    expected: ['personen/Choe Son Hui.mdx', 'taugt nicht als Kürzel'],
  },
];

describe('a build of inconsistent content fails and names the problem', () => {
  test.each(cases)('$name', async ({ breakIt, expected }) => {
    const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-content-')), 'content');
    cpSync(path.resolve('content'), contentDir, { recursive: true });
    breakIt(contentDir);
    const result = await buildSite({ contentDir });
    expect(result.status, result.output).not.toBe(0);
    for (const text of expected) expect(result.output).toContain(text);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
    result.dispose();
    rmSync(path.dirname(contentDir), { recursive: true, force: true });
  });
});
