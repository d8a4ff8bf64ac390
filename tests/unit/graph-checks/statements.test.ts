import { checkStatements } from '../../../src/graph/checks/statements.ts';
import { expect, test } from 'vitest';
import { describeCheck, runCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'a speaker that does not exist',
    breakIt: (d) => {
      first(d.statement).data.speaker = 'anonym';
    },
    expected: [{ file: 'content/aussagen/offen.yaml', field: 'speaker', message: '«anonym» verweist auf keinen Eintrag im Dossier.' }],
  },
  {
    name: 'a channel that is an event',
    breakIt: (d) => {
      first(d.statement).data.via = ['besuch-in-bern'];
    },
    expected: [{ file: 'content/aussagen/offen.yaml', field: 'via[0]', message: '«besuch-in-bern» ist ein Ereignis; erwartet wird ein Eintrag unter: Personen, Organisationen.' }],
  },
  {
    name: 'a quote that is not verbatim in its paragraph',
    breakIt: (d) => {
      first(d.statement).data.quote = 'offen und ehrlich';
    },
    expected: [{ file: 'content/aussagen/offen.yaml', field: 'quote', message: 'Das Zitat «offen und ehrlich» steht nicht wörtlich in meldung#p2.' }],
  },
  {
    name: 'a quote that is only a fragment of the words in its paragraph',
    breakIt: (d) => {
      first(d.statement).data.quote = 'ffen und konstr';
    },
    expected: [{ file: 'content/aussagen/offen.yaml', field: 'quote', message: 'Das Zitat «ffen und konstr» steht nicht wörtlich in meldung#p2.' }],
  },
  {
    name: 'a quote differing only in white space and quotation marks is verbatim',
    breakIt: (d) => {
      first(d.statement).data.quote = '„offen  und\nkonstruktiv“';
    },
    expected: [],
  },
  {
    name: 'a quote against a paragraph with a soft hyphen and a no-break space inside its words is verbatim',
    breakIt: (d) => {
      first(d.source).body = first(d.source).body!.replace('konstruktiv', 'kon\u00ADstruk\u200Btiv').replace('offen und', 'offen\u00A0und');
      first(d.statement).data.quote = 'offen und konstruktiv';
    },
    expected: [],
  },
  {
    name: 'a quote whose citation does not resolve is left to the citations check',
    breakIt: (d) => {
      first(d.statement).data.cite = 'meldung#p9';
    },
    expected: [],
  },
];

describeCheck('statements', checkStatements, cases);

test('the hint of a failed quote shows the invisible characters of the paragraph it prints', () => {
  const [found] = runCheck(checkStatements, (d) => {
    first(d.source).body = first(d.source).body!.replace('konstruktiv', 'kon\u00ADstruktiv');
    first(d.statement).data.quote = 'offen und kritisch';
  });
  expect(found?.hint).toContain('«offen und kon⟨U+00AD⟩struktiv»');
});
