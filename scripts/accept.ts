/**
 * Publishes drafts that ingest wrote for review (content/entwuerfe/<quelle>/).
 *
 *   npm run accept -- <entwurf.yaml> …
 *   npm run accept -- --source <quelle>
 *   npm run accept -- --bestaetigen <entwurf.yaml> …   # «pruefen» drafts the editor has checked
 *   npm run accept -- --source <quelle> --json          # the outcome as JSON on standard output
 *
 * Each complete draft becomes its content file, with the new entries it refers to; a draft that
 * is not complete stays and is listed with what is missing. On any problem with the new files
 * nothing is written. See src/ingest/accept-drafts.ts.
 */
import { acceptDrafts } from '../src/ingest/accept-drafts.ts';
import { draftSelection, wantsJson } from './lib/draft-args.ts';
import { siteConfig } from '../src/site.config.ts';

const args = process.argv.slice(2);
const selection = draftSelection('accept', args);
const outcome = acceptDrafts(siteConfig.contentDir, selection);
// With --json the outcome is the only thing on standard output: { published: [{draft, target}], kept: [{draft, reasons}], errors, recovered? }.
const json = wantsJson(args);
const say = json ? console.error : console.log;
if (json) console.log(JSON.stringify(outcome, null, 2));
if (outcome.recovered) say(`Hinweis: ${outcome.recovered}`);
if (outcome.errors.length > 0) {
  console.error(`Fehler: nichts veröffentlicht.\n${outcome.errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
for (const { draft, target } of outcome.published) say(`Veröffentlicht: ${target}   (aus ${draft})`);
for (const { draft, reasons } of outcome.kept) say(`Bleibt Entwurf: ${draft}\n${reasons.map((r) => `    ${r}`).join('\n')}`);
const kept = outcome.kept.length === 1 ? '1 bleibt Entwurf' : `${outcome.kept.length} bleiben Entwurf`;
say(`\n${outcome.published.length} veröffentlicht, ${kept}.${outcome.published.length > 0 ? ' Weiter: npm run build' : ''}`);
