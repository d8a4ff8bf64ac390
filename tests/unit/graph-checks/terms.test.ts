import { checkTerms } from '../../../src/graph/checks/terms.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const cases: CheckCase[] = [
  {
    name: 'a wording no entry uses',
    breakIt: (d) => {
      d.terms[0]!.data.begriffe.push({ begriff: 'Waffenruhe', auch: ['Feuerpause'] });
    },
    expected: [{ file: 'content/begriffe.yaml', field: 'begriffe[1].begriff', message: '«Waffenruhe» kommt in keinem Eintrag des Dossiers vor.' }],
  },
  {
    name: 'an inflected wording is used (compared as search terms)',
    breakIt: (d) => {
      d.terms[0]!.data.begriffe[0]!.begriff = 'Gespräch';
    },
    expected: [],
  },
  {
    name: 'one other word for two wordings',
    breakIt: (d) => {
      d.terms[0]!.data.begriffe.push({ begriff: 'Bern', auch: ['unterredung'] });
    },
    expected: [{ file: 'content/begriffe.yaml', field: 'begriffe[1].auch[0]', message: '«unterredung» steht schon bei «Gespräche».' }],
  },
  {
    name: 'no term list at all',
    breakIt: (d) => {
      d.terms = [];
    },
    expected: [],
  },
];

describeCheck('editors\' search terms', checkTerms, cases);
