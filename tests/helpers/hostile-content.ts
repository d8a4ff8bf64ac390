/**
 * Hostile strings that the content may hold legitimately (what the content check refuses, such
 * as control characters and bidi controls, is tested there): markup and script, XML's CDATA end,
 * template and MDX braces, quotes and ampersands, right-to-left letters, an emoji, a combining
 * accent and a word longer than any line. Brought in as an editor would: an article through the
 * real ingest, and an organisation written by hand that cites it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingestArticle, type IngestResult } from '../../src/ingest/ingest-article.ts';
import { COLLECTION } from '../../src/model/vocabulary.ts';

/** The article's headline: every kind of hostile string at once. */
export const HOSTILE_TITLE = 'Angriff </script><script>alert(1)</script> & «Frieden» ]]> {x} ${y} 😀 بيروت';

/** A word longer than any line of a page, a card or a printed page. */
export const LONG_WORD = 'Rüstungsexportkontrollverordnungsänderungsvorschlagsbegründung';

const ARTICLE = [
  ` date 2025-09 ${HOSTILE_TITLE}`,
  '',
  `GENF (sda) - Ein Papier mit <img src=x onerror=alert(2)> und <a href="javascript:alert(3)">Link</a> blieb folgenlos; der ${LONG_WORD} wurde vertagt.`,
  '',
  'Die Delegation aus بيروت sprach von «A & B», von "C" und von \'D\'; der Vertreter von Cafe\u0301 Noir schwieg. (sda)',
  '',
].join('\n');

/** The organisation's name, with markup and an ampersand. */
export const HOSTILE_NAME = 'Komitee <b>Frieden</b> & Einheit';
export const HOSTILE_SLUG = 'komitee-hostile';

/** Adds the hostile article and an organisation citing it to `contentDir`; returns the ingest's result. */
export function addHostileContent(contentDir: string): IngestResult {
  const before = process.env.DOSSIER_TODAY;
  process.env.DOSSIER_TODAY = '2025-09-21';
  const source = ingestArticle(Buffer.from(ARTICLE), 'hostile.txt', { contentDir });
  if (before === undefined) delete process.env.DOSSIER_TODAY;
  else process.env.DOSSIER_TODAY = before;
  const id = path.basename(source.file).replace(/\.mdx$/u, '');
  writeFileSync(
    path.join(contentDir, COLLECTION.organisation.folder, `${HOSTILE_SLUG}.mdx`),
    [
      '---',
      `name: ${JSON.stringify(HOSTILE_NAME)}`,
      'aliases: []',
      `summary: ${JSON.stringify(`Ein Komitee, das laut der Meldung «</script><script>alert(4)</script>» und ]]> und ${LONG_WORD} schrieb.`)}`,
      `cite: ["${id}#p1"]`,
      'added: "2025-09-21"',
      '---',
      '',
    ].join('\n'),
  );
  return source;
}
