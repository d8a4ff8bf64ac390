import { checkFormerSlugs } from '../../../src/graph/checks/former-slugs.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'a former id that is some entry’s current id',
    breakIt: (d) => {
      first(d.event).data.formerSlugs = ['bern'];
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: 'formerSlugs[0]', message: '«bern» ist das aktuelle Kürzel von content/orte/bern.mdx.' }],
  },
  {
    name: 'a former id claimed twice in one section',
    breakIt: (d) => {
      d.event[0]!.data.formerSlugs = ['alter-besuch'];
      d.event[1]!.data.formerSlugs = ['alter-besuch'];
    },
    expected: [{ file: 'content/ereignisse/frueheres-treffen.mdx', field: 'formerSlugs[0]', message: '«alter-besuch» ist schon früheres Kürzel von content/ereignisse/besuch-in-bern.mdx.' }],
  },
  {
    name: 'the same former id in two sections is two addresses',
    breakIt: (d) => {
      d.event[0]!.data.formerSlugs = ['alt'];
      d.person[0]!.data.formerSlugs = ['alt'];
    },
    expected: [],
  },
];

describeCheck('former ids', checkFormerSlugs, cases);
