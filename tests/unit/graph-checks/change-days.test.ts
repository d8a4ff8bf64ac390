import { checkChangeDays } from '../../../src/graph/checks/change-days.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const cases: CheckCase[] = [
  {
    name: 'updated before added',
    breakIt: (d) => {
      d.person[0]!.data.updated = '2025-03-01';
    },
    expected: [{ file: 'content/personen/anna-muster.mdx', field: 'updated', message: '«2025-03-01» liegt vor dem Tag, an dem der Eintrag dazukam (added: «2025-03-20»).' }],
  },
  {
    name: 'updated on the day it was added, or later',
    breakIt: (d) => {
      d.person[0]!.data.updated = '2025-03-20';
      d.event[0]!.data.updated = '2025-04-02';
    },
    expected: [],
  },
  {
    name: 'a statement changed before it came',
    breakIt: (d) => {
      d.statement[0]!.data.updated = '2024-12-31';
    },
    expected: [{ file: 'content/aussagen/offen.yaml', field: 'updated', message: '«2024-12-31» liegt vor dem Tag, an dem der Eintrag dazukam (added: «2025-03-20»).' }],
  },
];

describeCheck('checkChangeDays', checkChangeDays, cases);
