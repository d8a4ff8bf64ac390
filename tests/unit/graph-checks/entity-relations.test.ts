import { checkEntityRelations } from '../../../src/graph/checks/entity-relations.ts';
import { date } from '../../helpers/mini-dossier.ts';
import { describeCheck, type CheckCase } from '../../helpers/run-check.ts';

const first = <T,>(list: T[]): T => list[0]!;

const cases: CheckCase[] = [
  {
    name: 'a relation pointing at a missing entry',
    breakIt: (d) => {
      first(d.person).data.relations[0]!.target = 'musterlandd';
    },
    expected: [{ file: 'content/personen/anna-muster.mdx', field: 'relations[0].target', message: '«musterlandd» verweist auf keinen Eintrag im Dossier.' }],
  },
  {
    name: 'a relation type that does not fit the entity',
    breakIt: (d) => {
      first(d.country).data.relations = [{ type: 'funktion', target: 'schweiz', role: 'Nachbar', cite: ['meldung#p1'] }];
    },
    expected: [{ file: 'content/laender/musterland.mdx', field: 'relations[0].type', message: 'Der Beziehungstyp «funktion» gilt nur für: Personen (dieser Eintrag: Länder).' }],
  },
  {
    name: 'a function without its office',
    breakIt: (d) => {
      delete first(d.person).data.relations[0]!.role;
    },
    expected: [{ file: 'content/personen/anna-muster.mdx', field: 'relations[0].role', message: 'Eine Funktion braucht die Amtsbezeichnung.' }],
  },
  {
    name: 'a relation to the entry itself',
    breakIt: (d) => {
      first(d.place).data.relations[0]!.target = 'bern';
    },
    expected: [{ file: 'content/orte/bern.mdx', field: 'relations[0].target', message: 'Ein Eintrag kann nicht mit sich selbst in Beziehung stehen.' }],
  },
  {
    name: 'an end before the start',
    breakIt: (d) => {
      Object.assign(first(d.person).data.relations[0]!, { since: date('2025'), until: date('2024-06') });
    },
    expected: [{ file: 'content/personen/anna-muster.mdx', field: 'relations[0].until', message: '«2024-06» liegt vor «2025».' }],
  },
  {
    name: 'a target of the wrong kind',
    breakIt: (d) => {
      first(d.organisation).data.relations[0]!.target = 'bern';
    },
    expected: [{ file: 'content/organisationen/sda.mdx', field: 'relations[0].target', message: '«bern» ist ein Ort; erwartet wird ein Eintrag unter: Länder, Organisationen.' }],
  },
];

describeCheck('entity relations', checkEntityRelations, cases);
