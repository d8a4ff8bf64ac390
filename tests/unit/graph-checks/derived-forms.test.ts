import { checkDerivedForms } from '../../../src/graph/checks/derived-forms.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';


const cases: CheckCase[] = [
  {
    name: 'an alias equal to another entity’s genitive',
    breakIt: (d) => {
      d.person[1]!.data.aliases = ['Anna Musters'];
    },
    expected: [
      {
        file: 'content/personen/hans-beispiel.mdx',
        field: 'aliases',
        message: 'Die Textform «Anna Musters» (aus Name, Alias oder Adjektiv abgeleitet) gehört auch zu «anna-muster» (content/personen/anna-muster.mdx).',
      },
    ],
  },
  {
    name: 'two entities whose adjectives give the same forms',
    breakIt: (d) => {
      d.country[0]!.data.adjective = 'schweizerisch';
      d.country[1]!.data.adjective = 'schweizerisch';
    },
    expected: ['schweizerische', 'Schweizerische', 'schweizerischem', 'Schweizerischem', 'schweizerischen', 'Schweizerischen', 'schweizerischer', 'Schweizerischer', 'schweizerisches', 'Schweizerisches'].map((form) => ({
      file: 'content/laender/schweiz.mdx',
      field: 'aliases',
      message: `Die Textform «${form}» (aus Name, Alias oder Adjektiv abgeleitet) gehört auch zu «musterland» (content/laender/musterland.mdx).`,
    })),
  },
];

describeCheck('derived text forms', checkDerivedForms, cases);
