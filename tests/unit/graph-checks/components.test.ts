import { checkComponents } from '../../../src/graph/checks/components.ts';
import type { DossierInput } from '../../../src/graph/types.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

/** Gives Anna Muster's entry notes with `body`, starting on line 12 of her file. */
const notes = (body: string) => (d: DossierInput) => {
  const anna = d.person.find((p) => p.id === 'anna-muster')!;
  anna.body = body;
  anna.bodyLine = 12;
};

const cases: CheckCase[] = [
  {
    name: 'a quote that is no statement of the dossier',
    breakIt: notes('Vorweg.\n\n<Zitat id="gibt-es-nicht" />\n'),
    expected: [{ file: 'content/personen/anna-muster.mdx', field: 'Text', message: '<Zitat id="gibt-es-nicht">: diese Aussage gibt es nicht.' }],
  },
  {
    name: 'an assessment citing a missing source and a paragraph the source lacks, and a malformed citation',
    breakIt: notes('<Einschaetzung belege="fehlt#p1 meldung#p9 meldung-p1">\nDie Redaktion meint.\n</Einschaetzung>\n'),
    expected: [
      { file: 'content/personen/anna-muster.mdx', field: 'Text: Einschaetzung belege[0]', message: 'Beleg «fehlt#p1»: Die Quelle «fehlt» gibt es nicht.' },
      { file: 'content/personen/anna-muster.mdx', field: 'Text: Einschaetzung belege[1]', message: 'Beleg «meldung#p9»: Die Quelle «meldung» hat nur 2 Absätze.' },
      { file: 'content/personen/anna-muster.mdx', field: 'Text: Einschaetzung belege[2]', message: '<Einschaetzung belege="…">: «meldung-p1» ist kein Beleg.' },
    ],
  },
];

describeCheck('the editors\' components refer to what exists', checkComponents, cases);
