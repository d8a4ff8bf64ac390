/**
 * A source's text is rendered from the dossier graph (src/view/source-text.ts,
 * src/markdown/render-body.ts): the mentions the graph found are the links on the page, the
 * paragraphs are numbered and anchored, and an editor's correction in `mentions:` counts in both.
 */
import { describe, expect, test } from 'vitest';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import type { DossierInput, SourceNode } from '../../src/graph/types.ts';
import { renderNotes, renderSourceText } from '../../src/markdown/render-body.ts';
import { sourceText } from '../../src/view/source-text.ts';
import { ADDED, miniDossier } from '../helpers/mini-dossier.ts';

async function renderedSource(change: (input: DossierInput) => void = () => {}): Promise<string> {
  const input = miniDossier();
  change(input);
  const { dossier, issues } = buildDossierGraph(input);
  expect(issues).toEqual([]);
  const node = dossier.require('meldung') as SourceNode;
  return renderSourceText(node.body, sourceText(dossier, node));
}

const links = (html: string) => [...html.matchAll(/<a href="([^"]+)" class="mention" data-entity="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[2], m[3], m[1]]);

describe('a source rendered from the graph', () => {
  test('numbers and anchors each paragraph and links the mentions the graph found', async () => {
    const html = await renderedSource();
    expect(html).toMatch(/^<p id="p1" class="absatz"><a href="#p1" class="absatz-nr" title="[^"]+">1<\/a> <span class="absatz-text">/);
    expect(html).toContain('<p id="p2" class="absatz">');
    expect(links(html)).toEqual([
      ['anna-muster', 'Anna Muster', '/personen/anna-muster/'],
      ['bern', 'Bern', '/orte/bern/'],
    ]);
  });

  test('a new entity named in the text is linked, though the source file is unchanged', async () => {
    const html = await renderedSource((input) =>
      input.organisation.push({
        id: 'aussenministerium',
        filePath: 'content/organisationen/aussenministerium.mdx',
        data: { added: ADDED, aliases: ['Aussenministerin'], spellings: [], facts: [], relations: [], formerSlugs: [], draft: false, name: 'Aussenministerium', summary: 'Ein Amt.', cite: ['meldung#p1'] },
      }),
    );
    expect(links(html).map(([id]) => id)).toEqual(['aussenministerium', 'anna-muster', 'bern']);
  });

  test("an editor's correction (`mentions:`) holds on the page as in «Erwähnt in»", async () => {
    const html = await renderedSource((input) => {
      input.source[0]!.data.mentions = [{ paragraph: 1, text: 'Bern', link: false }];
    });
    expect(links(html).map(([id]) => id)).toEqual(['anna-muster']);
  });

  test('a body whose paragraphs differ from the graph\'s is refused, not linked at the wrong words', async () => {
    const input = miniDossier();
    const { dossier } = buildDossierGraph(input);
    const node = dossier.require('meldung') as SourceNode;
    await expect(renderSourceText('Ganz andere Worte hier, die länger sind.\n', sourceText(dossier, node))).rejects.toThrow(/weicht vom Text im Dossier-Graphen ab/);
  });
});

describe('editor notes', () => {
  test('are Markdown without anchors or mention links; none when empty', async () => {
    expect(await renderNotes('Bern ist *wichtig*.\n')).toBe('<p>Bern ist <em>wichtig</em>.</p>');
    expect(await renderNotes('  \n')).toBeUndefined();
  });
});
