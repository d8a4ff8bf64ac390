/**
 * The seed dossier plus one article as it comes from real feeds: a headline with a
 * non-breaking hyphen (U+2011), a paragraph once read as Windows-1252 (mojibake), a soft hyphen
 * and a zero-width space inside words, no-break spaces, and a quote recorded against the
 * paragraph with the soft hyphen. Imported with the real ingest, into a copy of content/.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestArticle, type IngestResult } from '../../src/ingest/ingest-article.ts';
import { COLLECTION } from '../../src/model/vocabulary.ts';

export const FEED_ARTICLE = [
  ' date 2025-09 Nato\u2011Treffen zur Waffenruhe ohne Ergebnis',
  '',
  // UTF-8 once read as Windows-1252: ingest repairs it.
  'BRÜSSEL (sda) - Die GesprÃ¤che Ã¼ber eine Waffenruhe blieben nach Angaben von Diplomaten â€žzurÃ¼ckhaltendâ€œ.',
  '',
  'Die Aussenminister berieten über Kriegs\u200Bschiffe im Japanischen Meer und über die Lage in Pjöngjang. Ein Video auf YouTube zeigte den Hafen; der Diplomat Sean O’Brien schwieg.',
  '',
  'Ein Sprecher des russischen Aussenministeriums sprach von «neuen Wirtschafts\u00ADsanktionen gegen Nordkorea».',
  '',
  'Zur Überraschungsoffensive in der Region\u00A0Kursk äusserte sich niemand. (sda)',
  '',
].join('\n');

/** Words of the feed article that both editions must find it by, as a reader types them. */
export const FEED_QUERIES = ['Wirtschaftssanktionen', 'Kriegsschiffe', 'Pjoengjang', 'Ueberraschungsoffensive', 'Gespräche', 'zurückhaltend'];

export interface FeedDossier {
  contentDir: string;
  source: IngestResult;
  dispose: () => void;
}

/** The day the feed article entered the dossier. */
export const FEED_DAY = '2025-09-20';

/** A copy of the seed dossier with the feed article ingested (and a statement recorded). */
export function feedDossier(): FeedDossier {
  const work = mkdtempSync(path.join(tmpdir(), 'feed-dossier-'));
  const contentDir = path.join(work, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const source = addFeedArticle(contentDir);
  return { contentDir, source, dispose: () => rmSync(work, { recursive: true, force: true }) };
}

/** Ingests the feed article into the content folder `contentDir` and records a statement from it. */
export function addFeedArticle(contentDir: string): IngestResult {
  // The day the article came in: content, so the edition it makes is fixed (Ausgabe 2).
  const before = process.env.DOSSIER_TODAY;
  process.env.DOSSIER_TODAY = FEED_DAY;
  const source = ingestArticle(Buffer.from(FEED_ARTICLE), 'feed.txt', { contentDir });
  if (before === undefined) delete process.env.DOSSIER_TODAY;
  else process.env.DOSSIER_TODAY = before;
  writeFileSync(
    path.join(contentDir, COLLECTION.statement.folder, 'neue-sanktionen.yaml'),
    [
      'kind: zitat',
      // Typed as a reader sees it: without the soft hyphen the source holds.
      'quote: neuen Wirtschaftssanktionen gegen Nordkorea',
      'speaker: russisches-aussenministerium',
      'via: []',
      'about: [nordkorea]',
      `cite: "${source.id}#p3"`,
      `added: "${FEED_DAY}"`,
      '',
    ].join('\n'),
  );
  return source;
}
