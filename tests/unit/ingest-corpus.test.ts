/**
 * Ingest on real agency articles, measured against the corpus gold
 * (tests/fixtures/ingest-corpus-gold/README.md). The articles are the publishers' and live
 * outside this repository (INGEST_CORPUS, default ../shared/ingest-corpus); without them the
 * tests skip with a note. The gold must fit the texts (digests), must not copy them, and the
 * drafts must not fall below what they reach today (floors that guard against regressions; the
 * issue's targets and the current figures are in `npm run measure:ingest`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { fileDigest, type GoldArticle } from '../../scripts/lib/ingest-gold.ts';
import { scoreCorpus, sumTallies } from '../../scripts/lib/ingest-corpus.ts';

const corpus = path.resolve(process.env.INGEST_CORPUS ?? '../shared/ingest-corpus');
const goldDir = path.resolve('tests/fixtures/ingest-corpus-gold');
const available = existsSync(corpus);
if (!available) console.log(`Korpus echter Meldungen fehlt (${corpus}): die Korpus-Tests werden übersprungen.`);

const read = <T,>(part: string) => readdirSync(path.join(goldDir, part)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(goldDir, part, f), 'utf8')) as T);

describe.skipIf(!available)('the corpus gold', () => {
  const dev = read<GoldArticle>('dev');
  const blind = read<{ article: string; textDigest: string }>('blind');

  test('covers the corpus: about two thirds to develop on, one third blind, every text as annotated', () => {
    const articles = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    expect([...dev, ...blind].map((g) => g.article).sort()).toEqual(articles.sort());
    expect(blind.length).toBeGreaterThanOrEqual(Math.floor(articles.length / 3));
    for (const gold of [...dev, ...blind]) expect(fileDigest(readFileSync(path.join(corpus, gold.article))), gold.article).toBe(gold.textDigest);
  });

  test('copies no sentence of an article: no run of six words of a gold value stands in its text', () => {
    for (const gold of dev) {
      const text = parseArticle(readFileSync(path.join(corpus, gold.article)), gold.article).paragraphs.join(' ').replace(/\s+/gu, ' ');
      const strings = JSON.stringify(gold).match(/"(?:[^"\\]|\\.)*"/gu)!.map((s) => JSON.parse(s) as string);
      for (const value of strings) {
        const words = value.split(/\s+/u);
        for (let i = 0; i + 6 <= words.length; i++) expect(text, `${gold.article}: «${value}»`).not.toContain(words.slice(i, i + 6).join(' '));
      }
    }
  });

  test('the blind part holds no readable value: every speaker, date, kind and name is sealed', () => {
    for (const file of readdirSync(path.join(goldDir, 'blind'))) {
      const text = readFileSync(path.join(goldDir, 'blind', file), 'utf8');
      expect(text).not.toMatch(/"(?:title|participants|countries|place)"/u);
      const sealed = JSON.parse(text) as { quotes: { speaker: string | null }[]; entities: { name: string }[] };
      for (const value of [...sealed.quotes.map((q) => q.speaker), ...sealed.entities.map((e) => e.name)]) if (value !== null) expect(value).toMatch(/^h:[0-9a-f]{16}$/u);
    }
  });
});

describe.skipIf(!available)('drafts on real articles', () => {
  const results = available ? scoreCorpus(corpus, goldDir, path.resolve('content')) : [];
  const dev = sumTallies(results.filter((r) => r.part === 'dev'));
  const blind = sumTallies(results.filter((r) => r.part === 'blind'));
  const recall = (t: { correct: number; expected: number }) => t.correct / t.expected;
  const precision = (t: { correct: number; found: number }) => t.correct / t.found;

  test('credit: read wherever the text prints it, never invented (both parts)', () => {
    for (const part of [dev, blind]) {
      expect(part.inventedCredit).toBe(0);
      expect(recall(part.sums.credit)).toBeGreaterThanOrEqual(0.95);
    }
  });

  test('the development part stays at least where it is', () => {
    expect(recall(dev.sums.quotes)).toBeGreaterThanOrEqual(0.95);
    expect(recall(dev.sums.speakers)).toBeGreaterThanOrEqual(0.9);
    expect(precision(dev.sums.speakers)).toBeGreaterThanOrEqual(0.95);
    expect(recall(dev.sums.dates)).toBeGreaterThanOrEqual(0.9);
    expect(precision(dev.sums.dates)).toBeGreaterThanOrEqual(0.95);
    expect(recall(dev.sums.newEvents)).toBeGreaterThanOrEqual(0.75);
    expect(precision(dev.sums.newEvents)).toBeGreaterThanOrEqual(0.85);
    expect(recall(dev.sums.reports)).toBe(1);
    expect(recall(dev.sums.entities)).toBeGreaterThanOrEqual(0.9);
    expect(1 - precision(dev.sums.entities)).toBeLessThanOrEqual(0.05);
  });
});
