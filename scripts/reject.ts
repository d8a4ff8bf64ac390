/**
 * Removes drafts that ingest wrote for review, and nothing else.
 *
 *   npm run reject -- <entwurf.yaml> …
 *   npm run reject -- --source <quelle>
 *   npm run reject -- --source <quelle> --json   # the outcome as JSON on standard output
 */
import { rejectDrafts } from '../src/ingest/reject-drafts.ts';
import { draftSelection, wantsJson } from './lib/draft-args.ts';
import { siteConfig } from '../src/site.config.ts';

const args = process.argv.slice(2);
const outcome = rejectDrafts(siteConfig.contentDir, draftSelection('reject', args));
// With --json the outcome is the only thing on standard output: { removed: [file], errors, recovered? }.
const json = wantsJson(args);
const say = json ? console.error : console.log;
if (json) console.log(JSON.stringify(outcome, null, 2));
if (outcome.recovered) say(`Hinweis: ${outcome.recovered}`);
if (outcome.errors.length > 0) {
  console.error(`Fehler: nichts entfernt.\n${outcome.errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
for (const file of outcome.removed) say(`Verworfen: ${file}`);
say(`\n${outcome.removed.length === 1 ? '1 Entwurf' : `${outcome.removed.length} Entwürfe`} verworfen.`);
