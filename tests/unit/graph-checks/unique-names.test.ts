import { checkUniqueNames } from '../../../src/graph/checks/unique-names.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'two people sharing an alias (case does not matter)',
    breakIt: (d) => {
      d.person[1]!.data.aliases = ['Beispiel', 'muster'];
    },
    expected: [{ file: 'content/personen/hans-beispiel.mdx', field: 'aliases[1]', message: '«muster» ist schon Name oder Alias von «anna-muster» (content/personen/anna-muster.mdx).' }],
  },
  {
    name: 'an alias equal to another entity’s name',
    breakIt: (d) => {
      first(d.organisation).data.aliases = ['Bern'];
    },
    expected: [{ file: 'content/organisationen/sda.mdx', field: 'aliases[0]', message: '«Bern» ist schon Name oder Alias von «bern» (content/orte/bern.mdx).' }],
  },
  {
    name: 'an alias written twice in one entry, once with extra spaces',
    breakIt: (d) => {
      first(d.place).data.aliases = ['Stadt Bern', 'Stadt  Bern'];
    },
    expected: [{ file: 'content/orte/bern.mdx', field: 'aliases[1]', message: '«Stadt  Bern» steht doppelt in diesem Eintrag.' }],
  },
  {
    name: 'another spelling equal to another entity’s alias',
    breakIt: (d) => {
      d.person[1]!.data.spellings = ['Muster'];
    },
    expected: [{ file: 'content/personen/hans-beispiel.mdx', field: 'spellings[0]', message: '«Muster» ist schon Name oder Alias von «anna-muster» (content/personen/anna-muster.mdx).' }],
  },
];

describeCheck('unique names and aliases', checkUniqueNames, cases);
