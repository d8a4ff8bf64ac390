import { checkBriefing } from '../../../src/graph/checks/briefing.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'a key actor that is missing',
    breakIt: (d) => {
      first(d.briefing).data.keyActors.push('phantom');
    },
    expected: [{ file: 'content/dossier.yaml', field: 'keyActors[2]', message: '«phantom» verweist auf keinen Eintrag im Dossier.' }],
  },
  {
    name: 'a key actor that is an event',
    breakIt: (d) => {
      first(d.briefing).data.keyActors = ['besuch-in-bern'];
    },
    expected: [{ file: 'content/dossier.yaml', field: 'keyActors[0]', message: '«besuch-in-bern» ist ein Ereignis; erwartet wird ein Eintrag unter: Personen, Länder, Orte, Organisationen.' }],
  },
  {
    name: 'no briefing at all',
    breakIt: (d) => {
      d.briefing = [];
    },
    expected: [{ file: 'content/dossier.yaml', field: '(Datei)', message: 'Die Übersicht des Dossiers fehlt.' }],
  },
];

describeCheck('briefing', checkBriefing, cases);
