import { describe, expect, test } from 'vitest';
import { checkCountryOutlines } from '../../../src/graph/checks/country-outlines.ts';
import { runCheck, withoutHints, type CheckCase } from '../../helpers/run-check.ts';


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

describe('country outlines', () => {
  test('passes the mini dossier', () => {
    expect(runCheck(checkCountryOutlines)).toEqual([]);
  });

  test.each(cases)('$name', ({ breakIt, expected }) => {
    expect(withoutHints(runCheck(checkCountryOutlines, breakIt))).toEqual(expected);
  });
});
