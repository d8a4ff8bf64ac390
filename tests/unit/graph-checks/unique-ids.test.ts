import { checkUniqueIds } from '../../../src/graph/checks/unique-ids.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'two entries of different kinds sharing an id: the later one in graph order is named',
    breakIt: (d) => {
      d.place.push({ ...first(d.place), id: 'schweiz', filePath: 'content/orte/schweiz.mdx', data: { ...first(d.place).data, name: 'Schweiz (Ort)' } });
    },
    expected: [{ file: 'content/orte/schweiz.mdx', field: '(Dateiname)', message: 'Das Kürzel «schweiz» ist schon vergeben: content/laender/schweiz.mdx.' }],
  },
  {
    name: 'an event sharing the id of a source',
    breakIt: (d) => {
      first(d.event).id = 'meldung';
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: '(Dateiname)', message: 'Das Kürzel «meldung» ist schon vergeben: content/quellen/meldung.mdx.' }],
  },
];

describeCheck('unique ids', checkUniqueIds, cases);
