import { describe, expect, test } from 'vitest';
import { buildDossierGraph, formatIssues } from '../../src/graph/build-graph.ts';
import { CHECKS } from '../../src/graph/checks/index.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';

const first = <T,>(list: T[]): T => list[0]!;

describe('dossier graph: building and checking', () => {
  test('the mini dossier is valid', () => {
    expect(buildDossierGraph(miniDossier()).issues).toEqual([]);
  });

  test('every check of src/graph/checks/ runs in a build', async () => {
    const modules = import.meta.glob('../../src/graph/checks/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
    const exported = Object.values(modules).flatMap((m) => Object.entries(m).filter(([name]) => /^check[A-Z]/.test(name) && name !== 'checkDossier').map(([, fn]) => fn));
    expect(exported.length).toBeGreaterThanOrEqual(12);
    for (const check of exported) expect(CHECKS).toContain(check);
  });

  test('every problem is reported at once, grouped by file, with field and hint', () => {
    const input = miniDossier();
    first(input.person).data.cite = ['meldung#p9'];
    first(input.event).data.place = 'atlantis';
    first(input.person).data.relations[0]!.target = 'bern';
    expect(formatIssues(buildDossierGraph(input).issues)).toMatchInlineSnapshot(`
      "Das Dossier ist nicht stimmig (3 Fehler):

      content/ereignisse/besuch-in-bern.mdx
        place: «atlantis» verweist auf keinen Eintrag im Dossier.
        Hinweis: Erwartet wird das Kürzel (Dateiname ohne Endung) eines Eintrags unter: Orte, Länder. Fehlt der Eintrag, die Datei unter content/orte/ anlegen.

      content/personen/anna-muster.mdx
        cite[0]: Beleg «meldung#p9»: Die Quelle «meldung» hat nur 2 Absätze.
        Hinweis: Einen Absatz zwischen #p1 und #p2 angeben; die Nummern stehen auf der Quellenseite neben jedem Absatz.

      content/personen/anna-muster.mdx
        relations[0].target: «bern» ist ein Ort; erwartet wird ein Eintrag unter: Länder, Organisationen.
        Hinweis: Auf einen Eintrag der passenden Art verweisen."
    `);
  });

  test('a broken reference leaves no edge behind, so queries stay safe', () => {
    const input = miniDossier();
    first(input.event).data.participants = ['anna-muster', 'niemand'];
    const { dossier, issues } = buildDossierGraph(input);
    expect(issues).toHaveLength(1);
    expect(dossier.outgoing('besuch-in-bern', 'teilnehmer').map((e) => e.to)).toEqual(['anna-muster']);
  });
});
