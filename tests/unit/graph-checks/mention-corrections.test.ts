import { checkMentionCorrections } from '../../../src/graph/checks/mention-corrections.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'a correction for a paragraph that does not exist',
    breakIt: (d) => {
      first(d.source).data.mentions = [{ paragraph: 5, text: 'Bern', link: false }];
    },
    expected: [{ file: 'content/quellen/meldung.mdx', field: 'mentions[0].paragraph', message: 'Absatz 5 gibt es nicht (die Quelle hat 2).' }],
  },
  {
    name: 'a correction whose words are not in the paragraph',
    breakIt: (d) => {
      first(d.source).data.mentions = [{ paragraph: 1, text: 'Zürich', link: 'bern' }];
    },
    expected: [{ file: 'content/quellen/meldung.mdx', field: 'mentions[0].text', message: '«Zürich» steht nicht in Absatz 1.' }],
  },
  {
    name: 'a forced link to a missing entry',
    breakIt: (d) => {
      first(d.source).data.mentions = [{ paragraph: 1, text: 'Montag', link: 'montag' }];
    },
    expected: [{ file: 'content/quellen/meldung.mdx', field: 'mentions[0].link', message: '«montag» verweist auf keinen Eintrag im Dossier.' }],
  },
  {
    name: 'a forced link to an event',
    breakIt: (d) => {
      first(d.source).data.mentions = [{ paragraph: 1, text: 'Bern', link: 'besuch-in-bern' }];
    },
    expected: [{ file: 'content/quellen/meldung.mdx', field: 'mentions[0].link', message: '«besuch-in-bern» ist ein Ereignis; erwartet wird ein Eintrag unter: Personen, Länder, Orte, Organisationen.' }],
  },
];

describeCheck('mention corrections', checkMentionCorrections, cases);
