/**
 * YAML the product writes (ingest, accept): plain YAML an editor can read, which the content
 * check's reader (Astro's js-yaml) reads back to the same values; a value that occurs twice is
 * written twice, never as an anchor and alias.
 */
import { expect, test } from 'vitest';
import { load } from 'js-yaml';
import { contentYaml } from '../../src/ingest/content-yaml.ts';

test('a value used twice is written twice, without anchors or aliases, and reads back the same', () => {
  const cite = ['2025-07-lawrow-trifft-kim#p1'];
  const data = { title: 'Treffen', date: '2025-07', cite, accounts: [{ text: 'Eine Darstellung.', cite }, { text: 'Noch eine.', cite }], added: '2025-07-14' };
  const text = contentYaml(data);
  expect(text).not.toMatch(/[&*]ref_\d+/u);
  expect(text).toContain('date: "2025-07"');
  expect(load(text)).toEqual(data);
});
