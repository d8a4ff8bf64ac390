import { checkCountryOutlines } from '../../../src/graph/checks/country-outlines.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';


const cases: CheckCase[] = [
  {
    name: 'a code without a Natural Earth outline',
    breakIt: (d) => {
      d.country[1]!.data.isoNumeric = '999';
    },
    expected: [{ file: 'content/laender/schweiz.mdx', field: 'isoNumeric', message: 'Für den Code «999» gibt es in den Natural-Earth-Karten keinen Umriss.' }],
  },
  {
    name: 'a valid code (Switzerland, 756) next to an invalid one',
    breakIt: (d) => {
      d.country[1]!.data.isoNumeric = '756';
      d.country[0]!.data.isoNumeric = '000';
    },
    expected: [{ file: 'content/laender/musterland.mdx', field: 'isoNumeric', message: 'Für den Code «000» gibt es in den Natural-Earth-Karten keinen Umriss.' }],
  },
];

describeCheck('country outlines', checkCountryOutlines, cases);
