/**
 * Removes drafts that ingest wrote for review, and nothing else.
 *
 *   npm run reject -- <entwurf.yaml> …
 *   npm run reject -- --source <quelle>
 */
import { rejectDrafts } from '../src/ingest/accept-drafts.ts';
import { draftSelection } from './lib/draft-args.ts';
import { siteConfig } from '../src/site.config.ts';

const outcome = rejectDrafts(siteConfig.contentDir, draftSelection('reject', process.argv.slice(2)));
if (outcome.recovered) console.log(`Hinweis: ${outcome.recovered}`);
if (outcome.errors.length > 0) {
  console.error(`Fehler: nichts entfernt.\n${outcome.errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
for (const file of outcome.removed) console.log(`Verworfen: ${file}`);
console.log(`\n${outcome.removed.length === 1 ? '1 Entwurf' : `${outcome.removed.length} Entwürfe`} verworfen.`);
