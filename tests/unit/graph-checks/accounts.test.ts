import { checkAccounts } from '../../../src/graph/checks/accounts.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const cases: CheckCase[] = [
  {
    name: 'two accounts from two sources',
    breakIt: (d) => {
      d.source.push({ ...d.source[0]!, id: 'zweite', filePath: 'content/quellen/zweite.mdx' });
      d.event[0]!.data.accounts = [
        { text: 'Laut der ersten Meldung kamen tausende.', cite: ['meldung#p1'] },
        { text: 'Laut der zweiten kamen mehr als 10 000.', cite: ['zweite#p1'] },
      ];
    },
    expected: [],
  },
  {
    name: 'one account alone',
    breakIt: (d) => {
      d.event[0]!.data.accounts = [{ text: 'Tausende kamen.', cite: ['meldung#p1'] }];
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: 'accounts', message: 'Eine einzelne Darstellung geht nicht auseinander.' }],
  },
  {
    name: 'two accounts from the same source',
    breakIt: (d) => {
      d.event[0]!.data.accounts = [
        { text: 'Tausende kamen.', cite: ['meldung#p1'] },
        { text: 'Mehr als 10 000 kamen.', cite: ['meldung#p2'] },
      ];
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: 'accounts[1].cite', message: 'Die Darstellungen 1 und 2 stammen aus derselben Quelle «meldung».' }],
  },
  {
    name: 'one account citing two sources',
    breakIt: (d) => {
      d.source.push({ ...d.source[0]!, id: 'zweite', filePath: 'content/quellen/zweite.mdx' });
      d.event[0]!.data.accounts = [
        { text: 'Tausende kamen.', cite: ['meldung#p1', 'zweite#p1'] },
        { text: 'Mehr als 10 000 kamen.', cite: ['zweite#p2'] },
      ];
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: 'accounts[0].cite', message: 'Die Darstellung belegt mit mehreren Quellen (meldung, zweite).' }],
  },
];

describeCheck('checkAccounts', checkAccounts, cases);
