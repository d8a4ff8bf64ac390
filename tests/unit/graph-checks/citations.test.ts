import { checkCitations } from '../../../src/graph/checks/citations.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'a summary citing a paragraph the source does not have',
    breakIt: (d) => {
      first(d.person).data.cite = ['meldung#p7'];
    },
    expected: [{ file: 'content/personen/anna-muster.mdx', field: 'cite[0]', message: 'Beleg «meldung#p7»: Die Quelle «meldung» hat nur 2 Absätze.' }],
  },
  {
    name: 'a fact citing a source that does not exist',
    breakIt: (d) => {
      first(d.event).data.facts[0]!.cite = ['andere-meldung#p1'];
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: 'facts[0].cite[0]', message: 'Beleg «andere-meldung#p1»: Die Quelle «andere-meldung» gibt es nicht.' }],
  },
  {
    name: 'a relation citing a missing paragraph',
    breakIt: (d) => {
      first(d.place).data.relations[0]!.cite = ['meldung#p1', 'meldung#p3'];
    },
    expected: [{ file: 'content/orte/bern.mdx', field: 'relations[0].cite[1]', message: 'Beleg «meldung#p3»: Die Quelle «meldung» hat nur 2 Absätze.' }],
  },
  {
    name: 'a statement citing a missing source',
    breakIt: (d) => {
      first(d.statement).data.cite = 'nirgends#p1';
    },
    expected: [{ file: 'content/aussagen/offen.yaml', field: 'cite[0]', message: 'Beleg «nirgends#p1»: Die Quelle «nirgends» gibt es nicht.' }],
  },
  {
    name: 'a point of the briefing citing a missing paragraph',
    breakIt: (d) => {
      first(d.briefing).data.points[0]!.cite = ['meldung#p4'];
    },
    expected: [{ file: 'content/dossier.yaml', field: 'points[0].cite[0]', message: 'Beleg «meldung#p4»: Die Quelle «meldung» hat nur 2 Absätze.' }],
  },
  {
    name: 'a citation pointing at an entry that is not a source',
    breakIt: (d) => {
      first(d.country).data.cite = ['bern#p1'];
    },
    expected: [{ file: 'content/laender/musterland.mdx', field: 'cite[0]', message: 'Beleg «bern#p1»: Die Quelle «bern» gibt es nicht.' }],
  },
];

describeCheck('citations', checkCitations, cases);
