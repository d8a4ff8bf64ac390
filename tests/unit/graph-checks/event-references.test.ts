import { checkEventReferences } from '../../../src/graph/checks/event-references.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'a participant that does not exist',
    breakIt: (d) => {
      first(d.event).data.participants.push('niemand');
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: 'participants[2]', message: '«niemand» verweist auf keinen Eintrag im Dossier.' }],
  },
  {
    name: 'a place that is a person',
    breakIt: (d) => {
      first(d.event).data.place = 'anna-muster';
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: 'place', message: '«anna-muster» ist eine Person; erwartet wird ein Eintrag unter: Orte, Länder.' }],
  },
  {
    name: 'a country that is a place',
    breakIt: (d) => {
      first(d.event).data.countries = ['schweiz', 'bern'];
    },
    expected: [{ file: 'content/ereignisse/besuch-in-bern.mdx', field: 'countries[1]', message: '«bern» ist ein Ort; erwartet wird ein Eintrag unter: Länder.' }],
  },
];

describeCheck('event references', checkEventReferences, cases);
