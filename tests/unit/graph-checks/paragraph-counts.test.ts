import { checkParagraphCounts } from '../../../src/graph/checks/paragraph-counts.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'a paragraph appended to the text',
    breakIt: (d) => {
      first(d.source).body += '\nEin angehängter Absatz.\n';
    },
    expected: [{ file: 'content/quellen/meldung.mdx', field: 'paragraphs', message: 'Angegeben sind 2 Absätze, der Text hat 3.' }],
  },
  {
    name: 'a count that was not updated after an edit',
    breakIt: (d) => {
      first(d.source).data.paragraphs = 1;
    },
    expected: [{ file: 'content/quellen/meldung.mdx', field: 'paragraphs', message: 'Angegeben sind 1 Absätze, der Text hat 2.' }],
  },
];

describeCheck('paragraph counts', checkParagraphCounts, cases);
