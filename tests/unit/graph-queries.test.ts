import { describe, expect, test } from 'vitest';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';

const { dossier } = buildDossierGraph(miniDossier());

describe('dossier graph queries', () => {
  test('backlinks are grouped by relation, in a fixed order', () => {
    const groups = dossier.backlinks('schweiz').map((g) => [g.type, g.items.map((i) => i.node.id)]);
    expect(groups).toEqual([
      ['land', ['besuch-in-bern']],
      ['liegt-in', ['bern']],
      ['gehoert-zu', ['sda']],
    ]);
  });

  test('a person sees the events they took part in, oldest first, and their office', () => {
    expect(dossier.backlinks('anna-muster').map((g) => [g.type, g.items.map((i) => i.node.id)])).toEqual([
      ['teilnehmer', ['frueheres-treffen', 'besuch-in-bern']],
    ]);
    expect(dossier.outgoing('anna-muster', 'funktion')).toEqual([
      { from: 'anna-muster', to: 'musterland', type: 'funktion', role: 'Aussenministerin', cite: ['meldung#p1'] },
    ]);
  });

  test('a source lists every page that cites it', () => {
    const citing = dossier.backlinks('meldung').find((g) => g.type === 'zitiert')!;
    expect(citing.items.map((i) => i.node.id).sort()).toEqual(
      ['anna-muster', 'bern', 'besuch-in-bern', 'frueheres-treffen', 'hans-beispiel', 'musterland', 'schweiz', 'sda'].sort(),
    );
  });

  test('events are listed chronologically by their earliest possible day', () => {
    expect(dossier.list('event').map((e) => e.id)).toEqual(['frueheres-treffen', 'besuch-in-bern']);
  });

  test('citations resolve to the paragraph text', () => {
    const c = dossier.citation('meldung#p2');
    expect(c.paragraph.anchor).toBe('p2');
    expect(c.paragraph.text).toBe('Sie sagte, die Gespräche seien «offen und konstruktiv» gewesen. (sda)');
  });

  test('statements are found by speaker, channel and subject', () => {
    expect(dossier.statementsAbout('anna-muster').spoken.map((s) => s.id)).toEqual(['offen']);
    expect(dossier.statementsAbout('sda').relayed.map((s) => s.id)).toEqual(['offen']);
    expect(dossier.statementsAbout('besuch-in-bern').about.map((s) => s.id)).toEqual(['offen']);
  });

  test('mentions: each paragraph that names an entity, first mention only, editors’ corrections applied', () => {
    expect(dossier.mentionsOf('anna-muster').map((m) => [m.paragraph, m.mention.text])).toEqual([[1, 'Anna Muster']]);
    expect(dossier.mentionsOf('bern').map((m) => [m.paragraph, m.mention.text])).toEqual([[1, 'Bern']]);
    const input = miniDossier();
    input.source[0]!.data.mentions = [
      { paragraph: 1, text: 'Bern', link: false },
      { paragraph: 2, text: 'Gespräche', link: 'hans-beispiel' },
    ];
    const corrected = buildDossierGraph(input);
    expect(corrected.issues).toEqual([]);
    expect(corrected.dossier.mentionsOf('bern')).toEqual([]);
    expect(corrected.dossier.mentionsOf('hans-beispiel').map((m) => [m.paragraph, m.mention.text])).toEqual([[2, 'Gespräche']]);
  });

  test('related entities: who shares events with whom, and how', () => {
    const related = dossier.related('anna-muster').map((r) => [r.node.id, r.through.map((t) => `${t.type}@${t.event.id}`)]);
    expect(related).toEqual([
      ['bern', ['ort@besuch-in-bern']],
      ['hans-beispiel', ['teilnehmer@besuch-in-bern']],
      ['musterland', ['land@besuch-in-bern']],
      ['schweiz', ['land@besuch-in-bern']],
    ]);
  });

  test('prose links the entities it names, not the page itself', () => {
    const parts = dossier.linkProse('Anna Muster traf Hans Beispiel in Bern.', 'anna-muster');
    expect(parts.map((p) => (p.node ? `[${p.text}]` : p.text)).join('')).toBe('Anna Muster traf [Hans Beispiel] in [Bern].');
  });
});
