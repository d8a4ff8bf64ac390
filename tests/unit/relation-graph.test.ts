import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import { MAX_NEIGHBOURS, relationGraphData } from '../../src/pictures/relation-graph-data.ts';
import { layoutRelationGraph, relationGraphSvg, wrapName, type RelationGraphInput } from '../../src/pictures/relation-graph.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';

const { dossier } = buildDossierGraph(miniDossier());

describe('what a relation graph shows', () => {
  test('a person: the events they took part in and their office, with how each relates', () => {
    const data = relationGraphData(dossier, 'anna-muster');
    expect(data.nodes[0]).toMatchObject({ id: 'anna-muster', centre: true });
    expect(data.nodes.slice(1).map((n) => n.id)).toEqual(['musterland', 'besuch-in-bern', 'frueheres-treffen']);
    expect(data.edges).toContainEqual({ from: 'anna-muster', to: 'musterland', label: 'Aussenministerin' });
    expect(data.edges).toContainEqual({ from: 'besuch-in-bern', to: 'anna-muster', label: 'Beteiligte' });
    // The relation between two neighbours is drawn too: the visit involved Musterland.
    expect(data.edges).toContainEqual({ from: 'besuch-in-bern', to: 'musterland', label: 'Land' });
    expect(data.omitted).toBe(0);
  });

  test('an event: its place, participants and countries, and the relations among them', () => {
    const data = relationGraphData(dossier, 'besuch-in-bern');
    expect(data.nodes.map((n) => n.id).sort()).toEqual(['anna-muster', 'bern', 'besuch-in-bern', 'hans-beispiel', 'musterland', 'schweiz']);
    expect(data.edges).toContainEqual({ from: 'bern', to: 'schweiz', label: 'liegt in' });
    expect(data.edges).toContainEqual({ from: 'besuch-in-bern', to: 'bern', label: 'Ort' });
    expect(data.edges.every((e) => e.from !== e.to)).toBe(true);
    expect(new Set(data.edges.map((e) => `${e.from}>${e.to}>${e.label}`)).size).toBe(data.edges.length);
  });

  test(`at most ${MAX_NEIGHBOURS} neighbours are drawn; the rest are counted`, () => {
    const input = miniDossier();
    const template = input.event[1]!;
    for (let i = 0; i < MAX_NEIGHBOURS + 3; i += 1) input.event.push({ ...template, id: `treffen-${i}`, filePath: `content/ereignisse/treffen-${i}.mdx`, data: { ...template.data, title: `Treffen ${i}` } });
    const data = relationGraphData(buildDossierGraph(input).dossier, 'anna-muster');
    expect(data.nodes.length).toBe(MAX_NEIGHBOURS + 1);
    // Neighbours: the office, the two seed events and the added ones.
    expect(data.omitted).toBe(1 + 2 + (MAX_NEIGHBOURS + 3) - MAX_NEIGHBOURS);
    // Who someone is comes first: the office survives the cut.
    expect(data.nodes.map((n) => n.id)).toContain('musterland');
  });
});

describe('relation graph picture', () => {
  const input: RelationGraphInput = relationGraphData(dossier, 'besuch-in-bern');

  test('every node but the page’s own is a link, every edge drawn with its label', async () => {
    const $ = cheerio.load(relationGraphSvg(await layoutRelationGraph(input)), { xml: true });
    expect($('a.rg-node').map((_, a) => $(a).attr('href')).get().sort()).toEqual(input.nodes.filter((n) => !n.centre).map((n) => n.href).sort());
    expect($('g.rg-centre').length).toBe(1);
    expect($('polyline.rg-edge').length).toBe(input.edges.length);
    expect($('text.rg-edge-label').map((_, t) => $(t).text()).get().sort()).toEqual(input.edges.map((e) => e.label).sort());
  });

  test('the same input gives the same SVG', async () => {
    const a = relationGraphSvg(await layoutRelationGraph(input));
    const b = relationGraphSvg(await layoutRelationGraph(structuredClone(input)));
    expect(a).toBe(b);
  });

  test('no two nodes overlap and all lie inside the picture', async () => {
    const layout = await layoutRelationGraph(input);
    for (const [i, a] of layout.nodes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.node.id} / ${b.node.id}`).toBe(true);
      }
    }
  });

  test('a node with nothing to relate to draws nothing', async () => {
    expect(relationGraphSvg(await layoutRelationGraph({ nodes: [input.nodes[0]!], edges: [] }))).toBe('');
  });

  test.each([
    ['Bern', ['Bern']],
    ['Russisches Aussenministerium', ['Russisches', 'Aussenministerium']],
    ['Lawrow trifft Choe Son Hui in Wonsan', ['Lawrow trifft Choe', 'Son Hui in Wonsan']],
    ['Nordkorea-Russland-Abkommen', ['Nordkorea-', 'Russland-Abkommen']],
  ])('wraps «%s» at spaces and hyphens', (name, lines) => {
    expect(wrapName(name)).toEqual(lines);
  });
});
