/**
 * Tools for writing the corpus gold (tests/fixtures/ingest-corpus-gold/README.md):
 *
 *   node scripts/gold.ts digest "<quote text>"          # the digest that names a quote
 *   node scripts/gold.ts file <article.txt>              # the article's text digest
 *   node scripts/gold.ts paragraphs <article.txt>        # the paragraphs as ingest numbers them
 *   node scripts/gold.ts seal <plain.json> <sealed.json> # the blind form of a gold file
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileDigest, quoteDigest, sealArticle, type GoldArticle } from './lib/ingest-gold.ts';
import { parseArticle } from '../src/ingest/parse-article.ts';

const [command, first, second] = process.argv.slice(2);
if (command === 'digest' && first !== undefined) console.log(quoteDigest(first));
else if (command === 'file' && first) console.log(fileDigest(readFileSync(first)));
else if (command === 'paragraphs' && first) {
  const article = parseArticle(readFileSync(first), first);
  console.log(`Titel: ${article.title}\nDatum: ${article.date}\n`);
  article.paragraphs.forEach((p, i) => console.log(`[${i + 1}] ${p}\n`));
} else if (command === 'seal' && first && second) {
  const gold = JSON.parse(readFileSync(first, 'utf8')) as GoldArticle;
  writeFileSync(second, `${JSON.stringify(sealArticle(gold), null, 2)}\n`);
} else {
  console.error('Aufruf: node scripts/gold.ts digest "<Zitat>" | file <Artikel> | paragraphs <Artikel> | seal <klar.json> <versiegelt.json>');
  process.exit(1);
}
