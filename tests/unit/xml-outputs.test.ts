/**
 * The XML outputs stay well-formed whatever the content holds (src/text/xml-characters.ts): a
 * noncharacter, a C0 control or a lone surrogate in a title once made feed.xml ill-formed, and
 * strict readers refused the whole feed. The feed and the sitemap are rendered here from a mini
 * dossier with such a title, handed to the pages as the build hands its graph.
 */
import Parser from 'rss-parser';
import { describe, expect, test } from 'vitest';
import { handOverCheckedDossier } from '../../src/content-check/checked-dossier.ts';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import { siteConfig } from '../../src/site.config.ts';
import { xmlCharacters, xmlText } from '../../src/text/xml-characters.ts';
import { GET as feed } from '../../src/pages/feed.xml.ts';
import { GET as sitemap } from '../../src/pages/sitemap.xml.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';

const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('characters XML does not allow', () => {
  test.each([
    ['a C0 control', 'a\u0001b', 'ab'],
    ['U+FFFF and U+FFFE', 'a\uFFFFb\uFFFEc', 'abc'],
    ['a lone high surrogate', 'a\uD800b', 'ab'],
    ['a lone low surrogate', 'a\uDC00b', 'ab'],
    ['tab, line feed and carriage return stay', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['a character outside the BMP stays', 'a😀b', 'a😀b'],
  ])('%s', (_name, text, expected) => {
    expect(xmlCharacters(text)).toBe(expected);
  });

  test('escaped as text', () => {
    expect(xmlText('A & B <c> "d"\u0001')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
  });
});

describe('feed and sitemap with hostile text in the content', () => {
  const input = miniDossier();
  input.event[0]!.data.title = 'Besuch \uFFFF in \u0001 Bern & <Umgebung> \uD800';
  const { dossier, issues } = buildDossierGraph(input);
  const site = new URL('https://intranet.example.ch');

  test('the feed has no character XML forbids, parses, and keeps the rest of the title', async () => {
    expect(issues).toEqual([]);
    handOverCheckedDossier({ contentDir: siteConfig.contentDir, includeDrafts: siteConfig.includeDrafts, dossier });
    const xml = await (await feed({ site } as never)).text();
    expect(xml).not.toMatch(NOT_IN_XML);
    const parsed = await new Parser().parseString(xml);
    expect(parsed.items.map((i) => i.title)).toContain('Besuch  in  Bern & <Umgebung> ');
  });

  test('the sitemap has no character XML forbids and escapes its addresses', async () => {
    handOverCheckedDossier({ contentDir: siteConfig.contentDir, includeDrafts: siteConfig.includeDrafts, dossier });
    const xml = await (await sitemap({ site } as never)).text();
    expect(xml).not.toMatch(NOT_IN_XML);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(xml).toContain('<loc>https://intranet.example.ch/ereignisse/');
  });
});
